using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.FileProviders;

namespace MigrationFeeds.Functions.Api;

/// <summary>
/// The dashboard: static files from wwwroot beside the app, public (they hold no data; the page's API calls carry the
/// function key it is opened with). The page is <c>/api/dashboard</c>; its scripts, styles and the chart library are
/// single files under <c>/api/dashboard/{file}</c>.
/// </summary>
internal static class DashboardFunctions
{
    public const string PageFile = "index.html";

    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private static readonly IFileProvider Files = Directory.Exists(Path.Combine(AppContext.BaseDirectory, "wwwroot"))
        ? new PhysicalFileProvider(Path.Combine(AppContext.BaseDirectory, "wwwroot"))
        : new NullFileProvider();

    [Function("dashboard")]
    public static IResult Page([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "dashboard")] HttpRequest request) => Serve(PageFile);

    [Function("dashboard-file")]
    public static IResult File([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "dashboard/{file}")] HttpRequest request, string file) => Serve(file);

    private static IResult Serve(string name)
    {
        // One file name, no folders: the route segment cannot climb out of wwwroot, and hidden files are not served.
        if (name.Length == 0 || name[0] == '.' || name.IndexOfAny(['/', '\\']) >= 0 || !ContentTypes.TryGetContentType(name, out var contentType))
        {
            return Results.NotFound();
        }

        var info = Files.GetFileInfo(name);
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
