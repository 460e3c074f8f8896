using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace MigrationFeeds.Functions.Api;

/// <summary>GET /api/openapi.json: the hand-written OpenAPI 3.1 description of the query API (tested against the functions' routes).</summary>
internal static class OpenApiFunction
{
    [Function("openapi")]
    public static IResult Run([HttpTrigger(AuthorizationLevel.Function, "get", "head", Route = "openapi.json")] HttpRequest request) =>
        Results.File(Path.Combine(AppContext.BaseDirectory, "openapi.json"), "application/json");
}
