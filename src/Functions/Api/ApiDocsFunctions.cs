using System.IO.Compression;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace MigrationFeeds.Functions.Api;

/// <summary>
/// GET /api/docs: the API reference a person can browse and try, drawn by Scalar's API reference (shipped inside the
/// Scalar.AspNetCore package, served from here as <c>/api/docs/scalar.js</c>) over /api/openapi.json. Public, as the
/// dashboard is: the page holds no data, and its requests carry the function key it is opened with.
/// </summary>
internal static class ApiDocsFunctions
{
    public const string PageFile = "docs.html";

    /// <summary>The package's bundle of the reference, gzip-compressed as it is embedded.</summary>
    private const string ScalarResource = "ScalarStaticAssets.scalar.js";

    /// <summary>
    /// As the dashboard's, but the reference sets styles from its script, so inline styles are allowed; fonts may be
    /// data: addresses. Nothing is loaded from another origin.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    [Function("docs")]
    public static IResult Page([HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = "docs")] HttpRequest request) =>
        DashboardFunctions.Serve(request, PageFile, ContentSecurityPolicy);

    [Function("docs-scalar")]
    public static IResult Scalar([HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = "docs/scalar.js")] HttpRequest request)
    {
        var headers = request.HttpContext.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.CacheControl = "public, max-age=86400";
        headers.Vary = "Accept-Encoding";
        var assembly = typeof(Scalar.AspNetCore.ScalarOptions).Assembly;
        var compressed = assembly.GetManifestResourceStream(ScalarResource)
            ?? throw new InvalidOperationException($"{ScalarResource} is missing from {assembly.GetName().Name}.");
        if (request.Headers.AcceptEncoding.Any(e => e is not null && e.Contains("gzip", StringComparison.OrdinalIgnoreCase)))
        {
            headers.ContentEncoding = "gzip";
            return Results.Stream(compressed, "text/javascript; charset=utf-8");
        }

        return Results.Stream(new GZipStream(compressed, CompressionMode.Decompress), "text/javascript; charset=utf-8");
    }
}
