using MigrationFeeds.Pipeline.Ingestion;

namespace MigrationFeeds.Functions.Endpoints;

/// <summary>POST /api/reparse[?source=ID]: parse archived documents again after a parser upgrade (admin key in Azure).</summary>
internal static class ReparseEndpoints
{
    public static void MapReparse(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/reparse", async (HttpRequest http, IngestService ingest, CancellationToken ct) =>
        {
            var q = new QueryParameters(http);
            var id = q.Single("source");
            var sources = id is null ? ingest.Sources : ingest.Find(id) is { } one ? [one] : [];
            if (id is not null && sources.Count == 0)
            {
                q.Errors["source"] = ["Unknown source. One of: " + string.Join(", ", ingest.Sources.Select(s => s.Id)) + "."];
            }

            if (q.Errors.Count > 0)
            {
                return QueryParameters.Problem(q.Errors);
            }

            var summaries = new List<SourceRunSummary>();
            foreach (var source in sources)
            {
                summaries.Add(await ingest.ReparseAsync(source, ct).ConfigureAwait(false));
            }

            return Results.Ok(new { runs = summaries });
        }).DisableRequestTimeout();
    }
}
