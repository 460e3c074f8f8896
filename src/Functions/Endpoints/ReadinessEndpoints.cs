namespace MigrationFeeds.Functions.Endpoints;

internal static class ReadinessEndpoints
{
    /// <summary>The host checks that the handler answers before it sends invocations.</summary>
    public static void MapReadiness(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", () => Results.Text("MigrationFeeds handler is running.\nTry /api/series?indicator=arrivals&country=BIH&from=2021-10&to=2022-12\n"));
    }
}
