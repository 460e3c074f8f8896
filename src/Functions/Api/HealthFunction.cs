using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using MigrationFeeds.Pipeline.Query;

namespace MigrationFeeds.Functions.Api;

/// <summary>
/// GET /api/health, for probes and people without a key: storage reachable, and each source's last run and staleness.
/// It says no more than that (no error text, no address), so it is safe to expose; 503 when storage cannot be reached.
/// </summary>
internal sealed class HealthFunction(CatalogQuery catalog, QueryDeadline deadline)
{
    [Function("health")]
    public Task<IResult> HealthAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = "health")] HttpRequest request, CancellationToken cancellationToken)
    {
        request.HttpContext.Response.Headers.CacheControl = "no-store";
        return deadline.RunAsync(async ct =>
        {
            var health = await catalog.GetHealthAsync(ct).ConfigureAwait(false);
            return Results.Json(health, statusCode: health.StorageReachable ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        }, cancellationToken);
    }
}
