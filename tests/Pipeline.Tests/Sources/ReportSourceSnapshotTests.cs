using Microsoft.Extensions.DependencyInjection;
using MigrationFeeds.Pipeline.Ingestion;
using MigrationFeeds.Pipeline.Sources;
using MigrationFeeds.Pipeline.Storage;
using MigrationFeeds.TestSupport;

namespace MigrationFeeds.Pipeline.Tests.Sources;

/// <summary>
/// Every report series read with the general engine, run from its recorded snapshot: what is stored must be
/// exactly what a careful reader finds in its documents (seeds/snapshot/expected/&lt;id&gt;.json). Both tests of a
/// series assert on its one first run (<see cref="SnapshotRuns"/>); the second test then runs it again.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ReportSourceSnapshotTests(AzuriteServer azurite, SnapshotRuns runs)
{
    public static TheoryData<string> Ids()
    {
        var ids = new TheoryData<string>();
        foreach (var id in SourceDefinitions.All.Where(d => d.Parser == ParserCatalog.General).Select(d => d.Id))
        {
            ids.Add(id);
        }

        return ids;
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public async Task Run_Snapshot_StoresExactlyTheExpectedFigures(string id)
    {
        var expected = ExpectedFigures.Load(id);
        var run = await runs.OfAsync(azurite, id);
        var (summary, stored) = (run.Summary, run.Stored);

        Assert.Equal(RunOutcome.Succeeded, summary.Outcome);
        Assert.Equal(0, summary.Failed);
        Assert.Equal(expected.Count, summary.Parsed);
        Assert.Empty(summary.Warnings);
        Assert.True(expected.Count >= 12, $"{id}: a monthly family needs at least 12 recorded documents, has {expected.Count}");
        var want = StoredFigures.Expected(id);
        var missing = want.Except(stored).Select(l => "missing " + l);
        var extra = stored.Except(want).Select(l => "extra   " + l);
        Assert.True(want.SequenceEqual(stored), id + ": stored figures differ from the expected ones:" + Environment.NewLine + string.Join(Environment.NewLine, missing.Concat(extra)));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public async Task Run_SecondTimeOnSnapshot_FetchesNothingNew(string id)
    {
        var run = await runs.OfAsync(azurite, id);
        var ingest = run.Ingest;
        var source = ingest.Find(id)!;

        var second = await ingest.RunAsync(source, CancellationToken.None);

        Assert.Equal(RunOutcome.Succeeded, second.Outcome);
        Assert.Equal(0, second.Parsed);
        Assert.Equal(0, second.ObservationsWritten);
    }
}
