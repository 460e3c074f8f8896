using System.Collections.Concurrent;

namespace MigrationFeeds.Pipeline.Series;

/// <summary>
/// The partitions read while one series version was current. A new version replaces the whole set, so a read that
/// began under an older version can never put its rows back.
/// </summary>
internal sealed class CachedPartitions(bool known, string? version)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<IReadOnlyList<SeriesPoint>>>> partitions = new(StringComparer.Ordinal);
    private long checkedAtTicks = long.MinValue;

    /// <summary>False before the first read of the version: then it matches no version, not even "none written yet".</summary>
    public bool Known { get; } = known;

    public string? Version { get; } = version;

    /// <summary>When the read that confirmed <see cref="Version"/> last started (UTC ticks).</summary>
    public long CheckedAtTicks
    {
        get => Volatile.Read(ref checkedAtTicks);
        set => Volatile.Write(ref checkedAtTicks, value);
    }

    public bool IsVersion(string? version) => Known && string.Equals(Version, version, StringComparison.Ordinal);

    /// <summary>
    /// The partition's points, read once however many requests ask at the same time. A failed read is forgotten,
    /// so the next request tries again instead of receiving the same failure.
    /// </summary>
    public Task<IReadOnlyList<SeriesPoint>> GetAsync(string key, Func<Task<IReadOnlyList<SeriesPoint>>> read)
    {
        var entry = partitions.GetOrAdd(key, _ => new Lazy<Task<IReadOnlyList<SeriesPoint>>>(read));
        var task = entry.Value;
        if (!task.IsCompletedSuccessfully)
        {
            _ = task.ContinueWith(
                _ => partitions.TryRemove(KeyValuePair.Create(key, entry)),
                CancellationToken.None,
                TaskContinuationOptions.NotOnRanToCompletion | TaskContinuationOptions.ExecuteSynchronously,
                TaskScheduler.Default);
        }

        return task;
    }

    /// <summary>A read still in flight is dropped too: the requests already waiting on it began before the change.</summary>
    public bool Remove(string key) => partitions.TryRemove(key, out _);

    public int Count => partitions.Count;
}
