using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;

namespace MigrationFeeds.Functions.Endpoints;

/// <summary>
/// The dashboard: static files from wwwroot beside the executable. The page answers on <c>/</c>, which is also the
/// path the Functions host probes before it sends invocations, and on <c>/api/dashboard</c>, the route of the
/// <c>dashboard</c> function in Azure (the host's route prefix puts every HTTP function under /api). Its scripts,
/// styles and the chart library are single files under <c>/api/dashboard/{file}</c>.
/// </summary>
internal static class DashboardEndpoints
{
    public const string Page = "index.html";

    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public static void MapDashboard(this IEndpointRouteBuilder app)
    {
        var root = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        IFileProvider files = Directory.Exists(root) ? new PhysicalFileProvider(root) : new NullFileProvider();
        app.MapGet("/", () => Serve(files, Page));
        app.MapGet("/api/dashboard", () => Serve(files, Page));
        app.MapGet("/api/dashboard/{file}", (string file) => Serve(files, file));
    }

    private static IResult Serve(IFileProvider files, string name)
    {
        // One file name, no folders: the route segment cannot climb out of wwwroot, and hidden files are not served.
        if (name.Length == 0 || name[0] == '.' || name.IndexOfAny(['/', '\\']) >= 0 || !ContentTypes.TryGetContentType(name, out var contentType))
        {
            return Results.NotFound();
        }

        var info = files.GetFileInfo(name);
        if (!info.Exists || info.IsDirectory || info.PhysicalPath is null)
        {
            return Results.NotFound();
        }

        if (contentType.StartsWith("text/", StringComparison.Ordinal) || contentType is "application/javascript" or "text/javascript")
        {
            contentType += "; charset=utf-8";
        }

        return Results.File(info.PhysicalPath, contentType, lastModified: info.LastModified);
    }
}
