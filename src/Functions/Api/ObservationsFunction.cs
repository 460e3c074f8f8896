using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using MigrationFeeds.Pipeline.Query;
using MigrationFeeds.Pipeline.Series;
using MigrationFeeds.Pipeline.Sources;
using MigrationFeeds.Pipeline.Storage;

namespace MigrationFeeds.Functions.Api;

/// <summary>GET /api/observations: the raw observations of one country and indicator with full provenance, paged.</summary>
internal sealed class ObservationsFunction(ObservationStore store, QueryDeadline deadline, IEnumerable<ISource> sources)
{
    private readonly string[] sourceIds = [.. sources.Select(s => s.Id)];

    public const int MaxPageSize = 1000;

    [Function("observations")]
    public Task<IResult> RunAsync([HttpTrigger(AuthorizationLevel.Function, "get", "head", Route = "observations")] HttpRequest request, CancellationToken cancellationToken)
    {
        if (AcceptHeader.Refusal(request, AcceptHeader.Json) is { } refused)
        {
            return Task.FromResult(refused);
        }

        var q = new QueryParameters(request);
        q.RejectUnknown("indicator", "country", "from", "to", "source", "pageSize", "continuationToken");
        var (series, errors) = SeriesRequest.Create(q.Single("indicator"), q.Single("country"), q.Single("from"), q.Single("to"), source: q.Single("source"), knownSources: sourceIds);
        q.Merge(errors);
        var pageSize = q.Int("pageSize", 200, 1, MaxPageSize);
        var token = q.Single("continuationToken");
        if (series is { Countries.Count: > 1 })
        {
            q.Errors["country"] = ["One country (or WB6) at a time."];
        }

        // A page continues one partition, which is one country and one indicator.
        if (series is { Indicators.Count: > 1 })
        {
            q.Errors["indicator"] = ["One indicator at a time."];
        }

        if (series is null || q.Errors.Count > 0)
        {
            return Task.FromResult<IResult>(QueryParameters.Problem(q.Errors));
        }

        return deadline.RunAsync(ct => PageAsync(series, pageSize, token, ct), cancellationToken);
    }

    private async Task<IResult> PageAsync(SeriesRequest series, int pageSize, string? token, CancellationToken cancellationToken)
    {
        try
        {
            var (items, next) = await store.PageAsync(series.Countries[0], series.Indicator, series.From, series.To, series.Source, pageSize, token, cancellationToken).ConfigureAwait(false);
            return Results.Ok(new
            {
                indicator = series.Indicator.Code,
                country = series.Countries[0].Code,
                items = items.Select(o => new { o.Figure.Site, o.Figure.Measure, o.Figure.Approximate, provenance = Provenance.Of(o) }),
                continuationToken = next,
            });
        }
        catch (FormatException e)
        {
            return QueryParameters.Problem(new Dictionary<string, string[]> { ["continuationToken"] = [e.Message] });
        }
    }
}
