using MigrationFeeds.Pipeline.Query;

namespace MigrationFeeds.Functions.Endpoints;

/// <summary>GET /api/series: monthly series with the provenance of every point, as JSON or CSV (optionally HXL-tagged).</summary>
internal static class SeriesEndpoints
{
    public static void MapSeries(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/series", GetAsync);
    }

    private static async Task<IResult> GetAsync(HttpRequest http, SeriesResponses responses, CancellationToken cancellationToken)
    {
        var q = new QueryParameters(http);
        var indicator = q.Single("indicator");
        var country = q.Single("country");
        var site = q.Single("site");
        var from = q.Single("from");
        var to = q.Single("to");
        var asOf = q.Single("asOf");
        var source = q.Single("source");
        var format = q.Single("format")?.ToLowerInvariant() ?? "json";
        var hxl = q.Flag("hxl");
        if (format is not ("json" or "csv"))
        {
            q.Errors["format"] = ["json or csv."];
        }

        var (request, errors) = SeriesRequest.Create(indicator, country, from, to, site, asOf, source);
        q.Merge(errors);
        if (request is null || q.Errors.Count > 0)
        {
            return QueryParameters.Problem(q.Errors);
        }

        return await responses.GetAsync(request, csv: format == "csv", hxl, cancellationToken).ConfigureAwait(false);
    }
}
