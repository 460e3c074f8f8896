using Microsoft.AspNetCore.Http;
using System.Buffers.Text;
using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace MigrationFeeds.Functions.Http;

/// <summary>
/// A complete body answered with a strong ETag (the SHA-256 of its bytes) and Cache-Control, so a client or a proxy
/// that already holds it revalidates with If-None-Match and receives 304 without the body.
/// </summary>
/// <param name="owner">Released once the body is written (a pooled buffer), or null.</param>
internal sealed class TaggedBody(ReadOnlyMemory<byte> body, string etag, string contentType, int maxAgeSeconds, IDisposable? owner = null) : IResult
{
    public static string ETagOf(ReadOnlySpan<byte> bytes)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(bytes, hash);
        return "\"" + Base64Url.EncodeToString(hash) + "\"";
    }

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        using (owner)
        {
            var response = httpContext.Response;
            response.Headers.ETag = etag;
            response.Headers.CacheControl = $"private, max-age={maxAgeSeconds}";
            if (Matches(httpContext.Request))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }

            response.StatusCode = StatusCodes.Status200OK;
            response.ContentType = contentType;
            response.ContentLength = body.Length;
            await response.Body.WriteAsync(body, httpContext.RequestAborted).ConfigureAwait(false);
        }
    }

    /// <summary>If-None-Match compares weakly (RFC 9110, 13.1.2): a W/ tag of the same value matches too.</summary>
    private bool Matches(HttpRequest request)
    {
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            return false;
        }

        if (request.Headers.IfNoneMatch.Count == 0 || !EntityTagHeaderValue.TryParseList(request.Headers.IfNoneMatch, out var tags))
        {
            return false;
        }

        var ours = new EntityTagHeaderValue(etag);
        return tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(ours, useStrongComparison: false));
    }
}
