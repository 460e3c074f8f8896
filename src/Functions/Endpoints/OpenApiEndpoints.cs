namespace MigrationFeeds.Functions.Endpoints;

/// <summary>GET /api/openapi.json: the hand-written OpenAPI 3.1 description of the query API (tested against the routes).</summary>
internal static class OpenApiEndpoints
{
    public static void MapOpenApiDocument(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/openapi.json", () => Results.File(Path.Combine(AppContext.BaseDirectory, "openapi.json"), "application/json"));
    }
}
