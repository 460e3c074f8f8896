using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Web;

namespace MigrationFeeds.Pipeline.Fetch;

/// <summary>
/// Answers requests from the recorded snapshot as the publisher would, honouring conditional requests,
/// so discovery, fetch, archive and parse run unchanged without a network.
/// </summary>
internal sealed class SnapshotReplayHandler : HttpMessageHandler
{
    private readonly Dictionary<string, SnapshotEntry> entries;

    public SnapshotReplayHandler(string folder)
    {
        entries = new Dictionary<string, SnapshotEntry>(StringComparer.Ordinal);
        foreach (var entry in SnapshotIndex.Load(folder).Entries)
        {
            if (!entries.TryAdd(entry.Method.ToUpperInvariant() + " " + Key(new Uri(entry.Url)), entry))
            {
                throw new InvalidDataException($"The snapshot records {entry.Method} {entry.Url} twice.");
            }
        }
    }

    /// <summary>
    /// The same request may be written with its query in another order or encoding, and with the
    /// deployment's own ReliefWeb application name, so those do not take part in the match.
    /// </summary>
    internal static string Key(Uri url)
    {
        var query = HttpUtility.ParseQueryString(url.Query);
        var pairs = new List<string>();
        foreach (var name in query.AllKeys)
        {
            if (name is null || name.Equals("appname", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            pairs.AddRange((query.GetValues(name) ?? []).Select(v => name + "=" + v));
        }

        pairs.Sort(StringComparer.Ordinal);
        return url.GetLeftPart(UriPartial.Path) + "?" + string.Join('&', pairs);
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri is null || !entries.TryGetValue(request.Method.Method + " " + Key(request.RequestUri), out var entry)
            || !SameBody(entry.Body, request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false)))
        {
            return new HttpResponseMessage(HttpStatusCode.NotFound) { RequestMessage = request, Content = new StringContent("not in the snapshot") };
        }

        var lastModified = entry.LastModified is null
            ? (DateTimeOffset?)null
            : DateTimeOffset.Parse(entry.LastModified, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        var etag = entry.Etag is null ? null : EntityTagHeaderValue.Parse(entry.Etag);
        var notModified = etag is not null && request.Headers.IfNoneMatch.Any(t => t.Tag == etag.Tag)
            || (request.Headers.IfNoneMatch.Count == 0 && lastModified is not null && request.Headers.IfModifiedSince >= lastModified);

        var response = new HttpResponseMessage(notModified ? HttpStatusCode.NotModified : (HttpStatusCode)entry.Status) { RequestMessage = request };
        response.Headers.ETag = etag;
        var bytes = notModified ? [] : await File.ReadAllBytesAsync(entry.File, cancellationToken).ConfigureAwait(false);
        response.Content = new ByteArrayContent(bytes);
        if (!notModified)
        {
            response.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(entry.ContentType);
        }

        response.Content.Headers.LastModified = lastModified;
        return response;
    }

    /// <summary>The same query, however its JSON is spaced; a recording without a body takes any.</summary>
    private static bool SameBody(JsonElement? recorded, string? sent)
    {
        if (recorded is not { } expected)
        {
            return true;
        }

        if (sent is null)
        {
            return false;
        }

        try
        {
            using var json = JsonDocument.Parse(sent);
            return JsonElement.DeepEquals(expected, json.RootElement);
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
