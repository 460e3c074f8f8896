using MigrationFeeds.Pipeline.Query;
using MigrationFeeds.Pipeline.Series;
using MigrationFeeds.Pipeline.Storage;

namespace MigrationFeeds.Functions.Endpoints;

/// <summary>GET /api/observations: the raw observations of one country and indicator with full provenance, paged.</summary>
internal static class ObservationsEndpoints
{
    public const int MaxPageSize = 1000;

    public static void MapObservations(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/observations", GetAsync);
    }

    private static async Task<IResult> GetAsync(HttpRequest http, ObservationStore store, CancellationToken cancellationToken)
    {
        var q = new QueryParameters(http);
        var (request, errors) = SeriesRequest.Create(q.Single("indicator"), q.Single("country"), q.Single("from"), q.Single("to"), source: q.Single("source"));
        q.Merge(errors);
        var pageSize = q.Int("pageSize", 200, 1, MaxPageSize);
        var token = q.Single("continuationToken");
        if (request is { Countries.Count: > 1 })
        {
            q.Errors["country"] = ["One country (or WB6) at a time."];
        }

        if (request is null || q.Errors.Count > 0)
        {
            return QueryParameters.Problem(q.Errors);
        }

        try
        {
            var (items, next) = await store.PageAsync(request.Countries[0], request.Indicator, request.From, request.To, request.Source, pageSize, token, cancellationToken).ConfigureAwait(false);
            return Results.Ok(new
            {
                indicator = request.Indicator,
                country = request.Countries[0],
                items = items.Select(o => new { o.Figure.Site, o.Figure.Measure, o.Figure.Approximate, provenance = SeriesBuilder.ToProvenance(o) }),
                continuationToken = next,
            });
        }
        catch (FormatException e)
        {
            return QueryParameters.Problem(new Dictionary<string, string[]> { ["continuationToken"] = [e.Message] });
        }
    }
}
