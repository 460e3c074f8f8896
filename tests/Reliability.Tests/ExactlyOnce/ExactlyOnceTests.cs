using System.Diagnostics;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using MigrationFeeds.Pipeline.Ingestion;
using MigrationFeeds.Pipeline.Storage;
using MigrationFeeds.Reliability.Tests.Support;
using MigrationFeeds.TestSupport;
using Xunit.Abstractions;

namespace MigrationFeeds.Reliability.Tests.ExactlyOnce;

/// <summary>Exactly-once in effect: repeated, interrupted, overlapping and re-parsing runs leave the tables one clean run leaves.</summary>
[Collection(StateAzuriteCollection.Name)]
public sealed class ExactlyOnceTests(AzuriteServer azurite, ITestOutputHelper output)
{
    private const string Source = Harness.BihSource;

    /// <summary>The outcome of a run that found the source's lease taken.</summary>
    private const string Skipped = "skipped";

    [Fact]
    public async Task Ingest_ThreeTimesOnTheSameSnapshot_LeavesByteIdenticalTables()
    {
        await using var services = Harness.Create(Harness.OfflineSettings(azurite, AzuriteServer.NewPrefix()));
        var ingest = services.GetRequiredService<IngestService>();
        var dumps = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var summaries = await ingest.RunAllAsync(CancellationToken.None);
            ReliabilityReport.RunCompleted(summaries.Count);
            Assert.All(summaries, s => Assert.Equal(RunOutcome.Succeeded, s.Outcome));
            dumps.Add(await Tables.DumpAsync(services.Storage()));
        }

        Assert.Contains("observations\t", dumps[0], StringComparison.Ordinal);
        Assert.Contains("series\t", dumps[0], StringComparison.Ordinal);
        Assert.Contains("documents\t", dumps[0], StringComparison.Ordinal);
        Assert.Equal(dumps[0], dumps[1]);
        Assert.Equal(dumps[0], dumps[2]);
        Assert.Equal(0, await Tables.DuplicateObservationsAsync(services.Storage()));
    }

    /// <summary>
    /// The CLI is killed (SIGKILL) at random points of an ingest several times, then runs to completion. Left out of
    /// the comparison with an uninterrupted run: RetrievedAt (documents, observations, and the provenance inside
    /// series points), which records when each run fetched, and the runs table, which records the runs themselves.
    /// </summary>
    [Fact]
    public async Task Ingest_KilledAtRandomPointsThenCompleted_EqualsAnUninterruptedRun()
    {
        var reference = Harness.OfflineSettings(azurite, AzuriteServer.NewPrefix());
        var clock = Stopwatch.StartNew();
        var clean = await RunChildAsync(reference, TimeSpan.FromMinutes(2));
        var cleanDuration = clock.Elapsed;
        Assert.Equal(0, clean.Exit);
        ReliabilityReport.RunCompleted();

        var seed = int.TryParse(Environment.GetEnvironmentVariable("MIGRATIONFEEDS_CRASH_SEED"), out var s) ? s : Environment.TickCount;
        output.WriteLine($"crash seed {seed} (set MIGRATIONFEEDS_CRASH_SEED to repeat); an uninterrupted run took {cleanDuration}");
        var random = new Random(seed);
        var crashed = Harness.OfflineSettings(azurite, AzuriteServer.NewPrefix());
        var kills = 0;
        // Up to four kills; more attempts while none has landed, because a run can finish sooner than the clean one did.
        for (var i = 0; i < 4 || (kills == 0 && i < 8); i++)
        {
            var delay = TimeSpan.FromMilliseconds(random.Next(300, Math.Max(301, (int)(cleanDuration.TotalMilliseconds * 0.8))));
            var run = await RunChildAsync(crashed, delay);
            output.WriteLine($"run {i}: killed after {delay.TotalMilliseconds:F0} ms: {run.Killed}");
            if (run.Killed)
            {
                kills++;
                await ExpireLeasesAsync(crashed);
            }
            else if (kills == 0)
            {
                // That run finished the whole ingest, so later runs would have nothing left to interrupt: start again empty.
                crashed = Harness.OfflineSettings(azurite, AzuriteServer.NewPrefix());
            }
        }

        var final = await RunChildAsync(crashed, TimeSpan.FromMinutes(2));
        for (var deadline = DateTime.UtcNow.AddSeconds(70); final.Output.Contains("skipped", StringComparison.Ordinal) && DateTime.UtcNow < deadline;)
        {
            // A lease left by a killed run expires on its own.
            await Task.Delay(TimeSpan.FromSeconds(5));
            final = await RunChildAsync(crashed, TimeSpan.FromMinutes(2));
        }

        Assert.Equal(0, final.Exit);
        ReliabilityReport.RunCompleted();
        Assert.True(kills > 0, "no run was killed before it finished");
        await using var cleanServices = Harness.Create(reference);
        await using var crashedServices = Harness.Create(crashed);
        var expected = await Tables.DumpAsync(cleanServices.Storage(), without: "RetrievedAt");
        var actual = await Tables.DumpAsync(crashedServices.Storage(), without: "RetrievedAt");
        Assert.Equal(expected, actual);
        Assert.Equal(await Tables.BlobNamesAsync(cleanServices.Storage()), await Tables.BlobNamesAsync(crashedServices.Storage()));
        Assert.Equal(0, await Tables.DuplicateObservationsAsync(crashedServices.Storage()));
    }

    [Fact]
    public async Task Ingest_TwoRunsOfOneSourceAtOnce_OneIsSkippedAndNothingIsWrittenTwice()
    {
        var settings = Harness.OfflineSettings(azurite, AzuriteServer.NewPrefix());
        await using var one = Harness.Create(settings);
        await using var two = Harness.Create(settings);
        var first = one.GetRequiredService<IngestService>();
        var second = two.GetRequiredService<IngestService>();
        await one.Storage().EnsureCreatedAsync(CancellationToken.None);

        var summaries = await Task.WhenAll(
            Task.Run(() => first.RunAsync(first.Find(Source)!, CancellationToken.None)),
            Task.Run(() => second.RunAsync(second.Find(Source)!, CancellationToken.None)));
        ReliabilityReport.RunCompleted(2);

        Assert.Equal([Skipped, RunOutcome.Succeeded], summaries.Select(s => s.Outcome).Order(StringComparer.Ordinal));
        var ran = summaries.Single(s => s.Outcome == RunOutcome.Succeeded);
        var skipped = summaries.Single(s => s.Outcome == Skipped);
        Assert.Equal(0, skipped.ObservationsWritten);
        Assert.Equal(0, skipped.Fetched);
        // One row a figure of the PDFs: their reports' texts state the same figures and are their second provenance.
        var rows = await Tables.RowsAsync(one.Storage().Observations);
        Assert.Equal(ExpectedFigures.Fetched(Source).Sum(d => d.Figures.Count), rows.Count);
        Assert.Equal(0, await Tables.DuplicateObservationsAsync(one.Storage()));

        var after = await first.RunAsync(first.Find(Source)!, CancellationToken.None);
        ReliabilityReport.RunCompleted();
        Assert.Equal(RunOutcome.Succeeded, after.Outcome);
        Assert.Equal(0, after.Parsed);
    }

    /// <summary>A parser upgrade: the stored state is that of an older parser; reparse rebuilds it from the archive alone.</summary>
    [Fact]
    public async Task Reparse_AfterAParserUpgrade_RebuildsFromTheArchiveWithoutFetching()
    {
        await using var upstream = await FakeUpstream.StartAsync();
        var settings = Harness.LiveSettings(azurite, AzuriteServer.NewPrefix(), upstream);
        var ingest = await CliRun.RunAsync(["ingest", "--source", Source, .. Harness.AsArguments(settings)]);
        Assert.Equal(0, ingest.Exit);
        ReliabilityReport.RunCompleted();
        await using var services = Harness.Create(settings);
        var storage = services.Storage();
        var before = await Tables.DumpAsync(storage);
        foreach (var document in await Tables.RowsAsync(storage.Documents))
        {
            if (document.GetString("Status") == "parsed")
            {
                document["ParserVersion"] = "0.9.0";
                await storage.Documents.UpdateEntityAsync(document, document.ETag, TableUpdateMode.Merge);
            }
        }

        foreach (var table in new[] { storage.Observations, storage.Series })
        {
            foreach (var row in await Tables.RowsAsync(table))
            {
                await table.DeleteEntityAsync(row.PartitionKey, row.RowKey);
            }
        }

        var requests = upstream.Log.Count;

        var reparse = await CliRun.RunAsync(["reparse", "--source", Source, .. Harness.AsArguments(settings)]);

        Assert.True(reparse.Exit == 0, $"exit {reparse.Exit}: {reparse.Error}");
        ReliabilityReport.RunCompleted();
        Assert.Equal(requests, upstream.Log.Count);
        Assert.Equal(before, await Tables.DumpAsync(storage));
    }

    /// <summary>
    /// What the lease duration does to a killed run's lease, without waiting for it: Azurite's clock cannot be
    /// moved, so the test breaks the leases a killed process left (only those; a live run renews its own).
    /// </summary>
    private static async Task ExpireLeasesAsync(IDictionary<string, string?> settings)
    {
        await using var services = Harness.Create(settings);
        var raw = services.Storage().Raw;
        if (!await raw.ExistsAsync())
        {
            return;
        }

        await foreach (var blob in raw.GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, "leases/", CancellationToken.None))
        {
            if (blob.Properties.LeaseState == Azure.Storage.Blobs.Models.LeaseState.Leased)
            {
                await Azure.Storage.Blobs.Specialized.SpecializedBlobExtensions.GetBlobLeaseClient(raw.GetBlobClient(blob.Name)).BreakAsync(TimeSpan.Zero);
            }
        }
    }

    private sealed record ChildRun(int Exit, bool Killed, string Output);

    /// <summary>The built CLI as a child process, ingesting the BiH source (the one with the most documents); killed (SIGKILL) if it outlives <paramref name="killAfter"/>.</summary>
    private static async Task<ChildRun> RunChildAsync(IDictionary<string, string?> settings, TimeSpan killAfter)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { CliRun.DllPath, "ingest", "--source", Source }.Concat(Harness.AsArguments(settings)))
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(killAfter);
        var killed = false;
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            killed = true;
            await process.WaitForExitAsync();
        }

        var text = await stdout + await stderr;
        return new ChildRun(process.ExitCode, killed, text);
    }
}
