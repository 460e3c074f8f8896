using System.Net;
using System.Net.Http.Headers;
using System.Text;
using MigrationFeeds.Pipeline.Options;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MigrationFeeds.Pipeline.Fetch;

/// <summary>
/// Conditional GETs of publishers' documents (or a POSTed query, for APIs that take one) through a typed
/// client whose pipeline carries the standard resilience handler. Failures come back as results, so one bad
/// document never stops a run.
/// </summary>
public sealed partial class DocumentFetcher(HttpClient http, UrlPolicy policy, IOptions<FetchOptions> options, TimeProvider clock, ILogger<DocumentFetcher> logger)
{
    /// <summary>A GET of one address, from its own host only (a redirect elsewhere is refused).</summary>
    public Task<FetchResult> FetchAsync(Uri url, Validators? previous, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        return FetchAsync(url, body: null, previous, [url.IsDefaultPort ? url.IdnHost : $"{url.IdnHost}:{url.Port}"], cancellationToken);
    }

    /// <summary>
    /// A GET, or a POST of <paramref name="body"/>, of an address on one of <paramref name="hosts"/>. A POST is never
    /// conditional: If-None-Match on a POST asks the server to refuse (412) rather than to answer 304, so an unchanged
    /// answer is recognised by its hash instead. Redirects are followed here, each checked as the first address was
    /// (<see cref="UrlPolicy"/>), up to <see cref="FetchOptions.MaxRedirects"/>.
    /// </summary>
    public async Task<FetchResult> FetchAsync(Uri url, RequestBody? body, Validators? previous, IReadOnlyCollection<string> hosts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        var target = url;
        for (var hop = 0; ; hop++)
        {
            if (policy.Refusal(target, hosts) is { } refusal)
            {
                var reason = hop == 0 ? refusal : $"{refusal} (redirected to {Secrets.Redact(target.OriginalString)})";
                LogRefused(Secrets.Redact(url.AbsoluteUri), reason);
                return Failure(url, clock.GetUtcNow(), null, reason);
            }

            using var request = Request(target, body, previous);
            try
            {
                using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
                var retrievedAt = clock.GetUtcNow();
                if (IsRedirect(response.StatusCode))
                {
                    if (response.Headers.Location is not { } location)
                    {
                        return Failure(url, retrievedAt, (int)response.StatusCode, $"HTTP {(int)response.StatusCode} without a usable Location");
                    }

                    if (hop == options.Value.MaxRedirects)
                    {
                        return Failure(url, retrievedAt, (int)response.StatusCode, $"more than {options.Value.MaxRedirects} redirects");
                    }

                    target = location.IsAbsoluteUri ? location : new Uri(response.RequestMessage?.RequestUri ?? target, location);
                    body = response.StatusCode is HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect ? body : null;
                    continue;
                }

                return await ReadAsync(url, response, retrievedAt, cancellationToken).ConfigureAwait(false);
            }
            // IOException: the connection was cut while the body was read, after the headers (and the retries) were done.
            catch (Exception e) when (e is HttpRequestException or TimeoutException or IOException or Polly.ExecutionRejectedException or UriFormatException
                                          || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
            {
                var reason = Secrets.Redact(Refused(e)?.Message ?? e.Message);
                LogFetchFailed(Secrets.Redact(url.AbsoluteUri), reason);
                return Failure(url, clock.GetUtcNow(), null, reason) with { Transient = Refused(e) is null && e is not UriFormatException };
            }
        }
    }

    private static HttpRequestMessage Request(Uri target, RequestBody? body, Validators? previous)
    {
        var request = new HttpRequestMessage(body is null ? HttpMethod.Get : HttpMethod.Post, target);
        if (body is not null)
        {
            request.Content = new StringContent(body.Content, Encoding.UTF8, body.MediaType);
            return request;
        }

        if (previous?.ETag is { Length: > 0 } etag && EntityTagHeaderValue.TryParse(etag, out var parsed))
        {
            request.Headers.IfNoneMatch.Add(parsed);
        }

        if (previous?.LastModified is { } lastModified)
        {
            request.Headers.IfModifiedSince = lastModified;
        }

        return request;
    }

    private async Task<FetchResult> ReadAsync(Uri url, HttpResponseMessage response, DateTimeOffset retrievedAt, CancellationToken cancellationToken)
    {
        if (response.StatusCode == HttpStatusCode.NotModified)
        {
            return new FetchResult { Status = FetchStatus.NotModified, Url = url, RetrievedAt = retrievedAt, HttpStatus = 304 };
        }

        if (!response.IsSuccessStatusCode)
        {
            var status = (int)response.StatusCode;
            return Failure(url, retrievedAt, status, $"HTTP {status} {response.ReasonPhrase}") with { Transient = status is >= 500 or 408 or 429 };
        }

        var limit = options.Value.MaxDocumentBytes;
        if (response.Content.Headers.ContentLength > limit)
        {
            return Failure(url, retrievedAt, (int)response.StatusCode, $"body of {response.Content.Headers.ContentLength} bytes exceeds the limit of {limit}");
        }

        var content = await ReadLimitedAsync(response.Content, limit, cancellationToken).ConfigureAwait(false);
        if (content is null)
        {
            return Failure(url, retrievedAt, (int)response.StatusCode, $"body exceeds the limit of {limit} bytes (as decompressed)");
        }

        return new FetchResult
        {
            Status = FetchStatus.Ok,
            Url = url,
            RetrievedAt = retrievedAt,
            Content = content,
            ContentType = response.Content.Headers.ContentType?.ToString() ?? "application/octet-stream",
            ETag = response.Headers.ETag?.ToString(),
            LastModified = response.Content.Headers.LastModified,
            HttpStatus = (int)response.StatusCode,
        };
    }

    private static bool IsRedirect(HttpStatusCode status) =>
        status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found or HttpStatusCode.SeeOther or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    /// <summary>The refusal of an address at connect time, wherever the handler wrapped it.</summary>
    internal static AddressRefusedException? Refused(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
        {
            if (e is AddressRefusedException refused)
            {
                return refused;
            }
        }

        return null;
    }

    private static FetchResult Failure(Uri url, DateTimeOffset at, int? status, string error) =>
        new() { Status = FetchStatus.Failed, Url = url, RetrievedAt = at, HttpStatus = status, Error = error };

    /// <summary>Reads at most <paramref name="limit"/> bytes; null when the body is longer, so a huge body is never held whole.</summary>
    private static async Task<byte[]?> ReadLimitedAsync(HttpContent content, long limit, CancellationToken cancellationToken)
    {
        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }

            return buffer.ToArray();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Fetching {Url} failed: {Reason}")]
    private partial void LogFetchFailed(string url, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Fetching {Url} was refused: {Reason}")]
    private partial void LogRefused(string url, string reason);
}
