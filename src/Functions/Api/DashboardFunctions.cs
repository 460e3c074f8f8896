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

    /// <summary>
    /// Scripts, styles and data from this app only; no plug-ins, no framing, no base or form target elsewhere. The page
    /// has no inline script or style, so none is allowed.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private static readonly IFileProvider Files = Directory.Exists(Path.Combine(AppContext.BaseDirectory, "wwwroot"))
        ? new PhysicalFileProvider(Path.Combine(AppContext.BaseDirectory, "wwwroot"))
        : new NullFileProvider();

    [Function("dashboard")]
    public static IResult Page([HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = "dashboard")] HttpRequest request) => Serve(request, PageFile);

    [Function("dashboard-file")]
    public static IResult File([HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = "dashboard/{file}")] HttpRequest request, string file) => Serve(request, file);

    private static IResult Serve(HttpRequest request, string name) => Serve(request, name, ContentSecurityPolicy);

    /// <summary>A file of wwwroot with the given policy; the API documentation page needs its own (see <see cref="ApiDocsFunctions"/>).</summary>
    internal static IResult Serve(HttpRequest request, string name, string contentSecurityPolicy)
    {
        var headers = request.HttpContext.Response.Headers;
        headers.ContentSecurityPolicy = contentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";

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
