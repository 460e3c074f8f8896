using System.Collections.Concurrent;

namespace MigrationFeeds.Pipeline.Series;

/// <summary>
/// The partitions read while one series version was current. A new version replaces the whole set, so a read that
/// began under an older version can never put its rows back. Within the set, each partition is kept with the count of
/// rewrites (<see cref="SeriesVersions"/>) it was read under, and read again once that count has moved.
/// </summary>
internal sealed class CachedPartitions(bool known, string? version)
{
    private readonly ConcurrentDictionary<(SeriesKey Key, string? Source), Entry> partitions = new();
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
    /// The partition's points as of <paramref name="rewrites"/>, read once however many requests ask at the same time.
    /// A failed read is forgotten, so the next request tries again instead of receiving the same failure.
    /// </summary>
    /// <param name="key">The partition, and the source (<see cref="SeriesComputer.SourceKey"/>) for one source's series.</param>
    /// <param name="rewrites">The partition's count in <see cref="SeriesVersions"/>, taken before asking.</param>
    public Task<IReadOnlyList<SeriesPoint>> GetAsync((SeriesKey Key, string? Source) key, long rewrites, Func<Task<IReadOnlyList<SeriesPoint>>> read)
    {
        if (!partitions.TryGetValue(key, out var entry) || entry.Rewrites < rewrites)
        {
            // A read under an older count never replaces one under a newer count: it would serve rows already rewritten.
            var fresh = new Entry(rewrites, new Lazy<Task<IReadOnlyList<SeriesPoint>>>(read));
            entry = partitions.AddOrUpdate(key, fresh, (_, kept) => kept.Rewrites < rewrites ? fresh : kept);
        }

        var task = entry.Points.Value;
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

    public int Count => partitions.Count;

    /// <summary>A class, not a record: a failed read is removed only if it is still the very entry kept.</summary>
    private sealed class Entry(long rewrites, Lazy<Task<IReadOnlyList<SeriesPoint>>> points)
    {
        public long Rewrites { get; } = rewrites;

        public Lazy<Task<IReadOnlyList<SeriesPoint>>> Points { get; } = points;
    }
}
