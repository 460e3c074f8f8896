using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using MigrationFeeds.Pipeline.Ingestion;
using MigrationFeeds.Pipeline.Storage;

namespace MigrationFeeds.Functions.Api;

/// <summary>POST /api/reparse[?source=ID]: parse archived documents again after a parser upgrade (admin key in Azure).</summary>
internal sealed class ReparseFunction(IngestService ingest)
{
    [Function("reparse")]
    public async Task<IResult> RunAsync([HttpTrigger(AuthorizationLevel.Admin, "post", Route = "reparse")] HttpRequest request, CancellationToken cancellationToken)
    {
        var q = new QueryParameters(request);
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
            summaries.Add(await ingest.ReparseAsync(source, cancellationToken).ConfigureAwait(false));
        }

        return Results.Ok(new { runs = summaries });
    }
}
