using MigrationFeeds.Pipeline.Query;

namespace MigrationFeeds.Functions.Endpoints;

/// <summary>GET /api/series: a monthly series with the provenance of every point.</summary>
internal static class SeriesEndpoints
{
    public static void MapSeries(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/series", GetAsync);
    }

    private static async Task<IResult> GetAsync(HttpRequest http, SeriesQuery query, CancellationToken cancellationToken)
    {
        var q = http.Query;
        var repeated = new[] { "indicator", "country", "from", "to" }.Where(name => q[name].Count > 1).ToList();
        if (repeated.Count > 0)
        {
            return Results.ValidationProblem(repeated.ToDictionary(n => n, _ => new[] { "Give this parameter once." }, StringComparer.Ordinal));
        }

        var (request, errors) = SeriesRequest.Create(q["indicator"], q["country"], q["from"], q["to"]);
        if (request is null)
        {
            return Results.ValidationProblem(errors.ToDictionary(), title: "The query has invalid parameters.");
        }

        var result = await query.GetAsync(request, cancellationToken).ConfigureAwait(false);
        return Results.Ok(result);
    }
}
