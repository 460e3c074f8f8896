using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MigrationFeeds.Pipeline.Series;

/// <summary>
/// The stamp under which whatever is built from the materialised series may be kept: a number that moves whenever the
/// series may have changed. Nothing is kept here; the app's serialised answers are, and they are valid for as long as
/// the stamp holds. The stamp moves at once when a materializer in this process rewrites a partition
/// (<see cref="SeriesVersions"/>), and when the version every refresh writes has moved in storage, which is read again
/// once <see cref="SeriesOptions.CacheRevalidateSeconds"/> have passed since the last read, by the first caller after
/// that (those arriving meanwhile wait for the same read).
/// </summary>
public sealed partial class SeriesStamp(SeriesStore store, SeriesVersions versions, TimeProvider clock, IOptions<SeriesOptions> options, ILogger<SeriesStamp> logger)
{
    private readonly Lock gate = new();
    private readonly long revalidateTicks = TimeSpan.FromSeconds(options.Value.CacheRevalidateSeconds).Ticks;
    private VersionCheck current = new(Known: false, Version: null, CheckedAtTicks: long.MinValue);
    private Task<VersionCheck>? checking;
    private long stamp;

    /// <summary>
    /// A number that changes whenever the series may have changed, after revalidating when due: what was built from
    /// the series after reading a stamp is current for as long as the stamp is.
    /// </summary>
    public async ValueTask<long> CurrentAsync(CancellationToken cancellationToken)
    {
        var check = Volatile.Read(ref current);
        if (!IsFresh(check))
        {
            Task<VersionCheck> pending;
            lock (gate)
            {
                if (checking is null || checking.IsCompleted)
                {
                    checking = IsFresh(current) ? Task.FromResult(current) : CheckAsync(current);
                }

                pending = checking;
            }

            await pending.WaitAsync(cancellationToken).ConfigureAwait(false);
        }

        // Both only grow, so their sum moves whenever either does.
        return Interlocked.Read(ref stamp) + versions.Total;
    }

    private bool IsFresh(VersionCheck check) =>
        check.Known && clock.GetUtcNow().UtcTicks - check.CheckedAtTicks < revalidateTicks;

    /// <summary>One check at a time, so the stamp moves from version to version in the order they were read.</summary>
    private async Task<VersionCheck> CheckAsync(VersionCheck previous)
    {
        // Yield first: the caller holds the lock, and the read's start time bounds the staleness.
        await Task.Yield();
        var startedAt = clock.GetUtcNow().UtcTicks;
        var version = await store.ReadVersionAsync(CancellationToken.None).ConfigureAwait(false);
        var moved = !previous.Known || !string.Equals(previous.Version, version, StringComparison.Ordinal);
        var next = new VersionCheck(Known: true, version, startedAt);
        Volatile.Write(ref current, next);
        if (moved)
        {
            Interlocked.Increment(ref stamp);
            if (previous.Known)
            {
                LogVersionChanged(version ?? "none");
            }
        }

        return next;
    }

    /// <param name="Known">False before the first read of the version: then it matches no version, not even "none written yet".</param>
    /// <param name="CheckedAtTicks">When the read that confirmed <paramref name="Version"/> last started (UTC ticks).</param>
    private sealed record VersionCheck(bool Known, string? Version, long CheckedAtTicks);

    [LoggerMessage(Level = LogLevel.Information, Message = "Series version {Version} found in storage: answers kept under the previous one are rebuilt")]
    private partial void LogVersionChanged(string version);
}
