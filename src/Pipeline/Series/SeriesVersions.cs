namespace MigrationFeeds.Pipeline.Series;

/// <summary>
/// How many times this process has rewritten materialised partitions. The materializer counts a rewrite once it is in
/// storage; whoever keeps what it built from the series compares the count with the one it built under. Series
/// building thus knows nothing of its readers (a refresh in another process is seen through the stored version).
/// </summary>
public sealed class SeriesVersions
{
    private long total;

    /// <summary>Moves whenever any partition is rewritten.</summary>
    public long Total => Interlocked.Read(ref total);

    public void Rewritten() => Interlocked.Increment(ref total);
}
