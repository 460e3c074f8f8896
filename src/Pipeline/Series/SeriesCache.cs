using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MigrationFeeds.Pipeline.Series;

/// <summary>
/// The country-level series of the materialised partitions, kept in memory. The series table changes only when a
/// materializer refreshes it, so a current query needs no storage round trip. A partition a refresh in this process
/// rewrote is read again at once: each is kept with its count in <see cref="SeriesVersions"/>, checked on every read.
/// A refresh in another process is seen through the version
/// every refresh writes, read again once <see cref="SeriesOptions.CacheRevalidateSeconds"/> have passed since the last
/// read, by the first query after that (the queries arriving meanwhile wait for the same read).
/// </summary>
public sealed partial class SeriesCache(SeriesStore store, SeriesVersions versions, TimeProvider clock, IOptions<SeriesOptions> options, ILogger<SeriesCache> logger)
{
    private readonly Lock gate = new();
    private readonly long revalidateTicks = TimeSpan.FromSeconds(options.Value.CacheRevalidateSeconds).Ticks;
    private CachedPartitions current = new(known: false, version: null);
    private Task<CachedPartitions>? checking;
    private long stamp;

    /// <summary>
    /// Every month of the country-level series of one country and indicator, in month order: the series chosen across
    /// sources, or that of one source when one is named.
    /// </summary>
    public Task<IReadOnlyList<SeriesPoint>> GetAsync(SeriesKey key, CancellationToken cancellationToken) =>
        GetAsync(key, source: null, cancellationToken);

    /// <inheritdoc cref="GetAsync(SeriesKey, CancellationToken)"/>
    public async Task<IReadOnlyList<SeriesPoint>> GetAsync(SeriesKey key, string? source, CancellationToken cancellationToken)
    {
        var partitions = await CurrentAsync(cancellationToken).ConfigureAwait(false);

        // Read without the request's token: other requests may be waiting on the same read.
        var read = source is null
            ? partitions.GetAsync((key, null), versions.Of(key), async () => await store.ReadCountryAsync(key, CancellationToken.None).ConfigureAwait(false))
            : partitions.GetAsync(
                (key, SeriesComputer.SourceKey(source)),
                versions.Of(key),
                async () => await store.ReadSourceAsync(key, source, CancellationToken.None).ConfigureAwait(false));
        return await read.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// A number that changes whenever anything served from here may have changed, after revalidating when due: what
    /// was built from this cache after reading a stamp is current for as long as the stamp is.
    /// </summary>
    public async ValueTask<long> StampAsync(CancellationToken cancellationToken)
    {
        await CurrentAsync(cancellationToken).ConfigureAwait(false);

        // Both only grow, so their sum moves whenever either does.
        return Interlocked.Read(ref stamp) + versions.Total;
    }

    private async ValueTask<CachedPartitions> CurrentAsync(CancellationToken cancellationToken)
    {
        var partitions = Volatile.Read(ref current);
        if (IsFresh(partitions))
        {
            return partitions;
        }

        Task<CachedPartitions> check;
        lock (gate)
        {
            partitions = current;
            if (IsFresh(partitions))
            {
                return partitions;
            }

            if (checking is null || checking.IsCompleted)
            {
                checking = CheckAsync(partitions);
            }

            check = checking;
        }

        return await check.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    private bool IsFresh(CachedPartitions partitions) =>
        partitions.Known && clock.GetUtcNow().UtcTicks - partitions.CheckedAtTicks < revalidateTicks;

    /// <summary>One check at a time, so the cache moves from version to version in the order they were read.</summary>
    private async Task<CachedPartitions> CheckAsync(CachedPartitions previous)
    {
        // Yield first: the caller holds the lock, and the read's start time bounds the staleness.
        await Task.Yield();
        var startedAt = clock.GetUtcNow().UtcTicks;
        var version = await store.ReadVersionAsync(CancellationToken.None).ConfigureAwait(false);
        var next = previous;
        if (!previous.IsVersion(version))
        {
            next = new CachedPartitions(known: true, version);
            if (previous.Known)
            {
                LogVersionChanged(version ?? "none", previous.Count);
            }
        }

        next.CheckedAtTicks = startedAt;
        Volatile.Write(ref current, next);
        if (next != previous)
        {
            Interlocked.Increment(ref stamp);
        }

        return next;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Series version {Version} found in storage: {Partitions} cached partitions dropped")]
    private partial void LogVersionChanged(string version, int partitions);
}
