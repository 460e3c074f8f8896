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
/// Fetches the listings a source's discovery reads. It does not archive them: the run that asked for the discovery
/// collects them (<see cref="Collect"/>) and archives them with its documents.
/// </summary>
public sealed class ListingFetcher(DocumentFetcher fetcher)
{
    // The discovery of a source runs inside the source's own code, which sees only this fetcher: the run's collection
    // travels with the call rather than through every source's signature.
    internal static readonly AsyncLocal<List<RawDocument>?> Collected = new();

    /// <summary>
    /// From now until disposed, in this flow of calls, every listing fetched is added to the returned list. Call it
    /// from the method that then awaits the discovery (not from an async method of its own, whose change would not
    /// outlive it).
    /// </summary>
    public static ListingCollection Collect()
    {
        var listings = new List<RawDocument>();
        Collected.Value = listings;
        return new ListingCollection(listings);
    }

    public async Task<ReadOnlyMemory<byte>> GetAsync(Sources.ISource source, Uri url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        var result = await fetcher.FetchAsync(url, body: null, previous: null, source.Hosts, cancellationToken).ConfigureAwait(false);
        if (result.Status != FetchStatus.Ok)
        {
            throw new DiscoveryException($"Listing {Redact(url)} could not be fetched: {result.Error}");
        }

        if (Collected.Value is { } collected)
        {
            // ReliefWeb echoes the request, application name included, in its answer: the archive keeps it replaced, and says so.
            var text = Encoding.UTF8.GetString(result.Content.Span);
            var redacted = Secrets.Contains(text);
            collected.Add(new RawDocument
            {
                SourceId = source.Id,
                Url = new Uri(Redact(url)),
                ContentType = result.ContentType,
                RetrievedAt = result.RetrievedAt,
                Content = redacted ? Encoding.UTF8.GetBytes(Secrets.Redact(text)) : result.Content,
                Redaction = redacted ? $"the ReliefWeb application name is replaced by {Secrets.Placeholder}" : null,
            });
        }

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

/// <summary>The listings fetched since <see cref="ListingFetcher.Collect"/>; disposing it stops the collection.</summary>
public sealed class ListingCollection(List<RawDocument> listings) : IDisposable
{
    public IReadOnlyList<RawDocument> Listings => listings;

    public void Dispose()
    {
        if (ReferenceEquals(ListingFetcher.Collected.Value, listings))
        {
            ListingFetcher.Collected.Value = null;
        }
    }
}
