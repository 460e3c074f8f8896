using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using MigrationFeeds.Pipeline.Query;
using MigrationFeeds.Pipeline.Series;

namespace MigrationFeeds.Functions.Api;

/// <summary>GET /api/points/{indicator}/{country}/{period}: every value every document gave for one point.</summary>
internal sealed class PointsFunction(PointHistoryQuery query, QueryDeadline deadline)
{
    [Function("points")]
    public Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", "head", Route = "points/{indicator}/{country}/{period}")] HttpRequest request,
        string indicator,
        string country,
        string period,
        CancellationToken cancellationToken)
    {
        if (AcceptHeader.Refusal(request, AcceptHeader.Json) is { } refused)
        {
            return Task.FromResult(refused);
        }

        var (point, errors) = SeriesRequest.Create(indicator, country, period, period);

        // One point: one indicator and one month, written YYYY-MM.
        if (point is { Indicators.Count: > 1 })
        {
            return Task.FromResult<IResult>(QueryParameters.Problem(new Dictionary<string, string[]> { ["indicator"] = ["One indicator."] }));
        }

        if (point is not null && period.Length != 7)
        {
            return Task.FromResult<IResult>(QueryParameters.Problem(new Dictionary<string, string[]> { ["period"] = ["Must be a month written YYYY-MM."] }));
        }

        if (point is { Countries.Count: > 1 })
        {
            return Task.FromResult<IResult>(QueryParameters.Problem(new Dictionary<string, string[]> { ["country"] = ["One country (or WB6)."] }));
        }

        if (point is null)
        {
            return Task.FromResult<IResult>(QueryParameters.Problem(errors
                .GroupBy(e => e.Key is "from" or "to" ? "period" : e.Key, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal)));
        }

        return deadline.RunAsync(
            async ct =>
            {
                var history = await query.GetAsync(new SeriesKey(point.Countries[0], point.Indicator), point.From, ct).ConfigureAwait(false);
                return history.Current is null && history.History.Count == 0
                    ? Results.Problem(statusCode: 404, title: "No figure for this point.", detail: $"{point.Indicator} {point.Countries[0]} {point.From}")
                    : Results.Ok(history);
            },
            cancellationToken);
    }
}
