using MigrationFeeds.Pipeline.Sources;
using MigrationFeeds.Pipeline.Storage;
using MigrationFeeds.TestSupport;

namespace MigrationFeeds.Pipeline.Tests.Sources;

/// <summary>
/// The test every structured source shares: run over its recorded snapshot, it stores exactly the figures of
/// seeds/snapshot/expected/&lt;id&gt;.json. A source's own test class adds what only that source does, with its
/// discovery as <typeparamref name="TDiscovery"/>, the kind its definition declares.
/// </summary>
public abstract class SnapshotSourceTests<TDiscovery>(AzuriteServer azurite, string sourceId)
    where TDiscovery : class
{
    protected AzuriteServer Azurite => azurite;

    protected TDiscovery Discovery => Assert.IsType<TDiscovery>(SourceDefinitions.Find(sourceId)?.Discovery);

    /// <summary>How many documents of the snapshot the run parses.</summary>
    protected abstract int ExpectedParsed { get; }

    /// <summary>The latest period the run reports, where the source's test pins it.</summary>
    protected virtual string? ExpectedLatestPeriod => null;

    [Fact]
    public async Task Run_Snapshot_StoresTheFiguresOfTheExpectedFile()
    {
        var (summary, stored) = await StoredFigures.RunSnapshotAsync(azurite, sourceId);

        Assert.Equal(RunOutcome.Succeeded, summary.Outcome);
        Assert.Equal(ExpectedParsed, summary.Parsed);
        if (ExpectedLatestPeriod is { } latest)
        {
            Assert.Equal(latest, summary.LatestPeriod?.ToString());
        }

        Assert.Equal(StoredFigures.Expected(sourceId), stored);
    }
}
