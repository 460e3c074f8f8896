using System.Text;
using MigrationFeeds.Pipeline.Fetch;
using MigrationFeeds.Pipeline.Storage;

namespace MigrationFeeds.Pipeline.Discovery;

/// <summary>Raised when discovery cannot list a source's documents; the run of that source fails, others go on.</summary>
public sealed class DiscoveryException : Exception
{
    public DiscoveryException() { }
    public DiscoveryException(string message) : base(message) { }
    public DiscoveryException(string message, Exception inner) : base(message, inner) { }
}

/// <summary>
/// Fetches a discovery listing and archives it like any other raw document; storage that cannot be reached is waited
/// out as for a document (<see cref="OutageRetry"/>), then fails the source.
/// </summary>
public sealed class ListingFetcher(DocumentFetcher fetcher, RawArchive archive, OutageRetry outage)
{
    public async Task<ReadOnlyMemory<byte>> GetAsync(Sources.ISource source, Uri url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        var sourceId = source.Id;
        var result = await fetcher.FetchAsync(url, body: null, previous: null, source.Hosts, cancellationToken).ConfigureAwait(false);
        if (result.Status != FetchStatus.Ok)
        {
            throw new DiscoveryException($"Listing {Redact(url)} could not be fetched: {result.Error}");
        }

        // ReliefWeb echoes the request, application name included, in its answer: the archive keeps it replaced, and says so.
        var text = Encoding.UTF8.GetString(result.Content.Span);
        var redacted = Secrets.Contains(text);
        var listing = new RawDocument
        {
            SourceId = sourceId,
            Url = new Uri(Redact(url)),
            ContentType = result.ContentType,
            RetrievedAt = result.RetrievedAt,
            Content = redacted ? Encoding.UTF8.GetBytes(Secrets.Redact(text)) : result.Content,
            Redaction = redacted ? $"the ReliefWeb application name is replaced by {Secrets.Placeholder}" : null,
        };
        await outage.RunAsync(() => archive.PutAsync(listing, cancellationToken), cancellationToken).ConfigureAwait(false);
        return result.Content;
    }

    /// <summary>The ReliefWeb application name is a credential of sorts; it stays out of stored URLs and messages.</summary>
    internal static string Redact(Uri url)
    {
        var text = url.AbsoluteUri;
        var start = text.IndexOf("appname=", StringComparison.OrdinalIgnoreCase);
        if (start < 0)
        {
            return Secrets.Redact(text);
        }

        var end = text.IndexOf('&', start);
        return Secrets.Redact(end < 0 ? text[..start].TrimEnd('&', '?') : string.Concat(text.AsSpan(0, start), text.AsSpan(end + 1)));
    }
}
