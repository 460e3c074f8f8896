using System.Buffers.Text;
using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace MigrationFeeds.Functions.Http;

/// <summary>
/// A complete body answered with a strong ETag (the SHA-256 of its bytes) and Cache-Control, so a client or a proxy
/// that already holds it revalidates with If-None-Match and receives 304 without the body.
/// </summary>
internal sealed class TaggedBody(PooledBuffer body, string contentType, int maxAgeSeconds) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        using (body)
        {
            var etag = Tag(body.Written.Span);
            var response = httpContext.Response;
            response.Headers.ETag = etag;
            response.Headers.CacheControl = $"public, max-age={maxAgeSeconds}";
            if (Matches(httpContext.Request, etag))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }

            response.StatusCode = StatusCodes.Status200OK;
            response.ContentType = contentType;
            response.ContentLength = body.Written.Length;
            await response.Body.WriteAsync(body.Written, httpContext.RequestAborted).ConfigureAwait(false);
        }
    }

    private static string Tag(ReadOnlySpan<byte> bytes)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(bytes, hash);
        return "\"" + Base64Url.EncodeToString(hash) + "\"";
    }

    /// <summary>If-None-Match compares weakly (RFC 9110, 13.1.2): a W/ tag of the same value matches too.</summary>
    private static bool Matches(HttpRequest request, string etag)
    {
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            return false;
        }

        if (!EntityTagHeaderValue.TryParseList(request.Headers.IfNoneMatch, out var tags))
        {
            return false;
        }

        var ours = new EntityTagHeaderValue(etag);
        return tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(ours, useStrongComparison: false));
    }
}
