using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using MigrationFeeds.Pipeline.Query;

namespace MigrationFeeds.Functions.Api;

/// <summary>GET /api/catalog, GET /api/sources and GET /api/status.</summary>
internal sealed class CatalogFunctions(CatalogQuery catalog, QueryDeadline deadline)
{
    [Function("catalog")]
    public Task<IResult> CatalogAsync([HttpTrigger(AuthorizationLevel.Function, "get", "head", Route = "catalog")] HttpRequest request, CancellationToken cancellationToken) =>
        AcceptHeader.Refusal(request, AcceptHeader.Json) is { } refused
            ? Task.FromResult(refused)
            : deadline.RunAsync(async ct => Results.Ok(await catalog.GetAsync(ct).ConfigureAwait(false)), cancellationToken);

    [Function("sources")]
    public Task<IResult> SourcesAsync([HttpTrigger(AuthorizationLevel.Function, "get", "head", Route = "sources")] HttpRequest request, CancellationToken cancellationToken) =>
        AcceptHeader.Refusal(request, AcceptHeader.Json) is { } refused
            ? Task.FromResult(refused)
            : deadline.RunAsync(async ct => Results.Ok(new { sources = (await catalog.GetAsync(ct).ConfigureAwait(false)).Sources }), cancellationToken);

    [Function("status")]
    public Task<IResult> StatusAsync([HttpTrigger(AuthorizationLevel.Function, "get", "head", Route = "status")] HttpRequest request, CancellationToken cancellationToken)
    {
        if (AcceptHeader.Refusal(request, AcceptHeader.Json) is { } refused)
        {
            return Task.FromResult(refused);
        }

        var q = new QueryParameters(request);
        var runs = q.Int("runs", 5, 1, 50);
        return q.Errors.Count > 0
            ? Task.FromResult<IResult>(QueryParameters.Problem(q.Errors))
            : deadline.RunAsync(async ct => Results.Ok(new { sources = await catalog.GetStatusAsync(runs, ct).ConfigureAwait(false) }), cancellationToken);
    }
}
