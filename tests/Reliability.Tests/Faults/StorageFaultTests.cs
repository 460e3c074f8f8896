using System.Net;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using MigrationFeeds.Pipeline.Ingestion;
using MigrationFeeds.Pipeline.Storage;
using MigrationFeeds.Reliability.Tests.Support;
using MigrationFeeds.TestSupport;
using Xunit.Abstractions;

namespace MigrationFeeds.Reliability.Tests.Faults;

/// <summary>
/// Storage misbehaves under the app and under an ingest: an Azurite of each test's own is stopped, emptied or restarted.
/// The API answers 503 with Retry-After, never 500; missing tables and the container are created again by the next
/// request or run; an ingest waits storage out for a while, then fails the source it was in, with a run record, and
/// the later sources land.
/// </summary>
// In the fault tests' collection, so an emulator's restart never competes for the cores with their parse budgets.
[Collection(AzuriteCollection.Name)]
public sealed class StorageFaultTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly AzuriteServer azurite = new();

    public Task InitializeAsync() => azurite.InitializeAsync();

    public Task DisposeAsync() => azurite.DisposeAsync();

    [Fact]
    public async Task Query_StorageStopped_IsAnswered503WithRetryAfterNot500()
    {
        var settings = Harness.OfflineSettings(azurite, AzuriteServer.NewPrefix());
        settings["Api:RequestTimeoutSeconds"] = "20";
        // The SDK still retries each request its three times before the 503; at the production back-off (0.8 s, doubling)
        // that is over 5 s a request of waiting and nothing more.
        settings["Storage:RetryDelaySeconds"] = "0.01";
        await using var app = await App.StartAsync(settings);
        using (var up = await app.Client.GetAsync(new Uri("api/status", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, up.StatusCode);
        }

        await azurite.DisposeAsync();

        foreach (var path in new[] { "api/status", "api/catalog", "api/series?indicator=arrivals&country=BIH&from=2022-01&to=2022-12", "api/observations?indicator=arrivals&country=BIH&from=2022-01&to=2022-12", "api/points/arrivals/BIH/2022-10" })
        {
            var started = DateTime.UtcNow;
            using var response = await app.Client.GetAsync(new Uri(path, UriKind.Relative));

            output.WriteLine($"{path}: {(int)response.StatusCode} after {DateTime.UtcNow - started}");
            Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, $"{path}: no Retry-After");
        }

        ReliabilityReport.StorageFaultSurvived();
    }

    [Fact]
    public async Task Stores_DeletedUnderARunningApp_AreCreatedAgainByTheNextRequestAndIngest()
    {
        var settings = Harness.OfflineSettings(azurite, AzuriteServer.NewPrefix());
        await using var services = Harness.Create(settings);
        var ingest = services.GetRequiredService<IngestService>();
        var source = ingest.Find(Harness.BihSource)!;
        Assert.Equal(RunOutcome.Succeeded, (await ingest.RunAsync(source, CancellationToken.None)).Outcome);
        ReliabilityReport.RunCompleted();
        await using var app = await App.StartAsync(settings);
        const string Series = "api/series?indicator=arrivals&country=BIH&from=2019-01&to=2023-12";
        using (var before = await app.Client.GetAsync(new Uri(Series, UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        // An emulator restarted empty, or an operator's mistake: every table and the container gone while the app runs.
        var storage = services.Storage();
        foreach (var table in new[] { storage.Observations, storage.Documents, storage.Runs, storage.Series, storage.SeriesVersion })
        {
            await table.DeleteAsync();
        }

        await storage.Raw.DeleteAsync();
        await WaitUntilGoneAsync(storage);

        using (var status = await app.Client.GetAsync(new Uri("api/status", UriKind.Relative)))
        {
            Assert.True(status.StatusCode == HttpStatusCode.OK, $"{(int)status.StatusCode} {await status.Content.ReadAsStringAsync()}");
        }

        var again = await ingest.RunAsync(source, CancellationToken.None);
        ReliabilityReport.RunCompleted();

        Assert.True(again.Outcome == RunOutcome.Succeeded, string.Join('\n', again.Errors));
        Assert.True(again.Parsed > 0, "nothing parsed after the stores were created again");
        Assert.True(await storage.Raw.ExistsAsync(), "the container was not created again");
        using var after = await app.Client.GetAsync(new Uri(Series, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Contains("\"points\"", await after.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        ReliabilityReport.StorageFaultSurvived();
    }

    [Fact]
    public async Task Ingest_StorageGoneForHalfAMinuteMidRun_FailsThatSourceWithARunRecordAndTheRestLand()
    {
        var settings = Harness.OfflineSettings(azurite, AzuriteServer.NewPrefix());
        settings["Storage:MaxRetries"] = "0";
        settings["Storage:NetworkTimeoutSeconds"] = "2";
        // Shorter than the outage, so the source it hits fails (after 25 s of retries, by the back-off's steps); the run
        // record, retried as long again, outlasts it however long the emulator takes to start again.
        settings["Storage:OutageToleranceSeconds"] = "30";
        await using var services = Harness.Create(settings);
        var storage = services.Storage();

        var run = CliRun.RunAsync(["ingest", "--quiet", .. Harness.AsArguments(settings)]);
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (!await AnyRowAsync(storage.Runs) && !run.IsCompleted)
        {
            Assert.True(DateTime.UtcNow < deadline, "no source finished in time");
            await Task.Delay(200);
        }

        Assert.False(run.IsCompleted, "the ingest ended before storage could be stopped");
        var stopped = DateTime.UtcNow;
        await azurite.DisposeAsync();
        await Task.Delay(TimeSpan.FromSeconds(30));
        // Azurite keeps its data in memory: it comes back empty, as an emulator restarted without a volume does.
        await azurite.InitializeAsync();
        output.WriteLine($"storage was gone for {DateTime.UtcNow - stopped}");
        var result = await run;
        ReliabilityReport.RunCompleted();
        output.WriteLine(result.Output);
        output.WriteLine(result.Error);

        // The process lived to print its summary; the exit status says a source failed, and nothing worse.
        Assert.True((result.Exit & 2) == 2, $"exit {result.Exit}: a failed source is not in the exit status");
        Assert.True((result.Exit & ~(2 | 4)) == 0, $"exit {result.Exit}");
        var sources = services.GetRequiredService<IngestService>().Sources.Select(s => s.Id).ToList();
        var outcomes = sources.Select(id => result.Row(id)["outcome"]).ToList();
        var first = outcomes.IndexOf(RunOutcome.Failed);
        var last = outcomes.LastIndexOf(RunOutcome.Failed);
        Assert.True(first > 0, "no source failed, or the first did: the outage missed the run");
        Assert.True(last < sources.Count - 1, "no source ran after storage came back");
        var runs = services.GetRequiredService<RunStore>();
        for (var i = first; i <= last; i++)
        {
            // The sources the outage caught (the one it hit, and any whose lease it kept from them) fail with a record.
            Assert.Equal(RunOutcome.Failed, outcomes[i]);
            Assert.Contains(result.Error.Split('\n'), l => l.StartsWith(sources[i] + ": storage could not be reached", StringComparison.Ordinal));
            var record = Assert.Single(await runs.LatestAsync(sources[i], 5, CancellationToken.None));
            Assert.Equal(RunOutcome.Failed, record.Outcome);
            Assert.Contains(record.Errors, e => e.StartsWith("storage could not be reached", StringComparison.Ordinal));
        }

        // Every later source lands in the tables and container the emulator came back without.
        foreach (var id in sources.Skip(last + 1))
        {
            Assert.True(result.Row(id)["outcome"] is RunOutcome.Succeeded or RunOutcome.Partial, $"{id}: {result.Row(id)["outcome"]} after storage came back");
            Assert.NotEmpty(await runs.LatestAsync(id, 1, CancellationToken.None));
        }

        ReliabilityReport.StorageFaultSurvived();
    }

    private static async Task<bool> AnyRowAsync(TableClient table)
    {
        try
        {
            await foreach (var _ in table.QueryAsync<TableEntity>(maxPerPage: 1))
            {
                return true;
            }
        }
        catch (Azure.RequestFailedException)
        {
            // The table is not created yet.
        }

        return false;
    }

    /// <summary>Azurite deletes a table at once but may answer for a moment from before; wait until it says so.</summary>
    private static async Task WaitUntilGoneAsync(StorageClients storage)
    {
        for (var i = 0; i < 50 && await AnyRowAsync(storage.Observations); i++)
        {
            await Task.Delay(100);
        }
    }
}
