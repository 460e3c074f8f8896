using System.Net;
using Microsoft.AspNetCore.Http;

namespace MigrationFeeds.LocalRunner;

/// <summary>
/// Local mode has no keys, so the runner answers only what can only come from this machine: a Host header that names
/// loopback (a page elsewhere cannot reach it by a name that re-resolves to 127.0.0.1, DNS rebinding), and writes only
/// without an Origin or from the runner's own origin (a page elsewhere cannot post to it, CSRF).
/// </summary>
internal static class LocalRequestGuard
{
    public static async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var request = context.Request;
        if (!IsLoopbackName(request.Host.Host))
        {
            await Refuse(context, StatusCodes.Status421MisdirectedRequest, "The local runner answers only to localhost, 127.0.0.1 or [::1].").ConfigureAwait(false);
            return;
        }

        var safe = HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method);
        if (!safe && !FromOwnOrigin(request))
        {
            await Refuse(context, StatusCodes.Status403Forbidden, "Writes are accepted only from the local runner's own pages.").ConfigureAwait(false);
            return;
        }

        await next(context).ConfigureAwait(false);
    }

    private static bool IsLoopbackName(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));

    /// <summary>No Origin (a command-line client), or the origin the request was sent to; a browser's cross-site fetch metadata refuses.</summary>
    private static bool FromOwnOrigin(HttpRequest request)
    {
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0 && site is not ("same-origin" or "none"))
        {
            return false;
        }

        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0)
        {
            return true;
        }

        return Uri.TryCreate(origin, UriKind.Absolute, out var o)
            && o.Scheme == request.Scheme
            && IsLoopbackName(o.IdnHost)
            && o.Port == (request.Host.Port ?? (request.IsHttps ? 443 : 80));
    }

    private static Task Refuse(HttpContext context, int status, string detail) =>
        Results.Problem(statusCode: status, title: "Refused in local mode.", detail: detail).ExecuteAsync(context);
}
