using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using MigrationFeeds.Functions.Hosting;
using MigrationFeeds.Functions.Http;
using MigrationFeeds.Pipeline.Query;

namespace MigrationFeeds.Functions.Endpoints;

/// <summary>GET /api/series: monthly series with the provenance of every point, as JSON or CSV (optionally HXL-tagged).</summary>
internal static class SeriesEndpoints
{
    public static void MapSeries(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/series", GetAsync);
    }

    private static async Task<IResult> GetAsync(
        HttpRequest http, SeriesQuery query, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json, IOptions<ApiOptions> api, CancellationToken cancellationToken)
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

        var result = await query.GetAsync(request, cancellationToken).ConfigureAwait(false);
        var body = new PooledBuffer();
        if (format == "csv")
        {
            Encoding.UTF8.GetBytes(SeriesCsv.Write(result, hxl), body);
            return new TaggedBody(body, "text/csv; charset=utf-8", api.Value.CacheMaxAgeSeconds);
        }

        // The same bytes Results.Ok would write, complete before the first byte is sent so they can be hashed.
        var options = json.Value.SerializerOptions;
        using (var writer = new Utf8JsonWriter(body, WriterOptions(options)))
        {
            JsonSerializer.Serialize(writer, result, options);
        }

        return new TaggedBody(body, "application/json; charset=utf-8", api.Value.CacheMaxAgeSeconds);
    }

    private static JsonWriterOptions WriterOptions(JsonSerializerOptions options) => new()
    {
        Encoder = options.Encoder,
        Indented = options.WriteIndented,
        IndentCharacter = options.IndentCharacter,
        IndentSize = options.IndentSize,
        NewLine = options.NewLine,
        MaxDepth = options.MaxDepth,
        SkipValidation = true,
    };
}
