using MigrationFeeds.Pipeline.Query;

namespace MigrationFeeds.Functions.Endpoints;

/// <summary>GET /api/catalog, GET /api/sources and GET /api/status.</summary>
internal static class CatalogEndpoints
{
    public static void MapCatalog(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/catalog", async (CatalogQuery catalog, CancellationToken ct) => Results.Ok(await catalog.GetAsync(ct).ConfigureAwait(false)));
        app.MapGet("/api/sources", async (CatalogQuery catalog, CancellationToken ct) => Results.Ok(new { sources = (await catalog.GetAsync(ct).ConfigureAwait(false)).Sources }));
        app.MapGet("/api/status", async (HttpRequest http, CatalogQuery catalog, CancellationToken ct) =>
        {
            var q = new QueryParameters(http);
            var runs = q.Int("runs", 5, 1, 50);
            return q.Errors.Count > 0
                ? QueryParameters.Problem(q.Errors)
                : Results.Ok(new { sources = await catalog.GetStatusAsync(runs, ct).ConfigureAwait(false) });
        });
    }
}
