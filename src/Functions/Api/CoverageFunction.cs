using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Pipeline.Query;

namespace MigrationFeeds.Functions.Api;

/// <summary>
/// GET /api/coverage[?country=&amp;indicator=&amp;source=]: for each country, indicator and source, the first and last period
/// stated and how many points, so a client can ask for a range where data exists.
/// </summary>
internal sealed class CoverageFunction(CoverageQuery coverage, QueryDeadline deadline)
{
    [Function("coverage")]
    public Task<IResult> RunAsync([HttpTrigger(AuthorizationLevel.Function, "get", "head", Route = "coverage")] HttpRequest request, CancellationToken cancellationToken)
    {
        var q = new QueryParameters(request);
        q.RejectUnknown("country", "indicator", "source");
        var countryCodes = Filter(q, "country", c => c.ToUpperInvariant(), c => CountryCode.TryParse(c, out _), "Unknown country.");
        var indicatorCodes = Filter(q, "indicator", c => c.ToLowerInvariant(), c => Indicator.TryParse(c, out _), "Unknown indicator.");
        var sources = Filter(q, "source", c => c.ToLowerInvariant(), _ => true, "");
        if (q.Errors.Count > 0)
        {
            return Task.FromResult<IResult>(QueryParameters.Problem(q.Errors));
        }

        var countries = countryCodes?.Select(CountryCode.Parse).ToHashSet();
        var indicators = indicatorCodes?.Select(Indicator.Parse).ToHashSet();

        return deadline.RunAsync(
            async ct =>
            {
                var all = await coverage.GetSeriesAsync(ct).ConfigureAwait(false);
                return Results.Ok(new
                {
                    coverage = all.Where(c => (countries is null || countries.Contains(c.Country))
                        && (indicators is null || indicators.Contains(c.Indicator))
                        && (sources is null || sources.Contains(c.Source.ToLowerInvariant()))),
                });
            },
            cancellationToken);
    }

    /// <summary>An optional comma-separated filter; null when absent.</summary>
    private static HashSet<string>? Filter(QueryParameters q, string name, Func<string, string> normalise, Func<string, bool> known, string unknown)
    {
        var value = q.Single(name);
        if (value is null)
        {
            return null;
        }

        var values = value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(normalise).ToHashSet(StringComparer.Ordinal);
        if (values.Count == 0 || !values.All(known))
        {
            q.Errors[name] = [unknown.Length > 0 ? unknown : "Required when given."];
        }

        return values;
    }
}
