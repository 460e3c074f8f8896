using System.Collections.Concurrent;

namespace MigrationFeeds.Pipeline.Series;

/// <summary>
/// How many times each materialised partition has been rewritten by this process. The materializer counts a rewrite
/// once it is in storage; whoever keeps series in memory compares the count with the one it read under. Series
/// building thus knows nothing of its readers (a refresh in another process is seen through the stored version).
/// </summary>
public sealed class SeriesVersions
{
    private readonly ConcurrentDictionary<SeriesKey, long> partitions = new();
    private long total;

    /// <summary>Moves whenever any partition is rewritten.</summary>
    public long Total => Interlocked.Read(ref total);

    /// <summary>The rewrites of one partition so far; 0 before any.</summary>
    public long Of(SeriesKey partition) => partitions.GetValueOrDefault(partition);

    public void Rewritten(SeriesKey partition)
    {
        // The partition's count moves before the total: a reader that sees the new total sees the new count too.
        partitions.AddOrUpdate(partition, 1, (_, n) => n + 1);
        Interlocked.Increment(ref total);
    }
}
