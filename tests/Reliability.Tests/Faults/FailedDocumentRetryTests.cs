using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using MigrationFeeds.Pipeline.Ingestion;
using MigrationFeeds.Pipeline.Storage;
using MigrationFeeds.Reliability.Tests.Support;
using MigrationFeeds.TestSupport;

namespace MigrationFeeds.Reliability.Tests.Faults;

/// <summary>
/// Documents that fail for a passing reason are recorded and tried again on their own back-off, before the source's next
/// scheduled run: a live ingest of the UNHCR BiH source against the fake upstream and a real Azurite, with a clock the
/// test moves.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class FailedDocumentRetryTests(AzuriteServer azurite)
{
    private const string Source = Harness.BihSource;

    [Fact]
    public async Task FailedDocument_IsRecorded_NotRetriedBeforeItsTime_RetriedWhenDue_AndClearedOnSuccess()
    {
        await using var upstream = await FakeUpstream.StartAsync();
        var documents = ExpectedFigures.Fetched(Source);
        var (unavailable, slow, bad) = (documents[0].Url, documents[1].Url, documents[2].Url);
        upstream.Inject(unavailable, new Fault.Status(503));
        upstream.Inject(slow, new Fault.Delay(TimeSpan.FromSeconds(5)));
        upstream.Inject(bad, new Fault.Body(Documents.ErrorPage, "application/pdf"));
        var clock = new ManualClock();
        await using var services = Harness.Create(Harness.LiveSettings(azurite, AzuriteServer.NewPrefix(), upstream), upstream, clock);
        var ingest = services.GetRequiredService<IngestService>();
        var retry = services.GetRequiredService<FailedDocumentRetry>();
        var store = services.GetRequiredService<FailedDocumentStore>();

        var first = await ingest.RunAsync(ingest.Find(Source)!, CancellationToken.None);
        var recorded = (await store.ListAsync(Source, CancellationToken.None)).ToDictionary(f => f.Document.Url.AbsoluteUri);
        upstream.Heal();
        var requestsBefore = (upstream.RequestsTo(unavailable), upstream.RequestsTo(slow), upstream.RequestsTo(bad));

        Assert.Equal(3, first.Failed);
        Assert.Equal(new[] { upstream.Local(slow).AbsoluteUri, upstream.Local(unavailable).AbsoluteUri }.Order(StringComparer.Ordinal), recorded.Keys.Order(StringComparer.Ordinal));
        var failed503 = recorded[upstream.Local(unavailable).AbsoluteUri];
        Assert.Equal(1, failed503.Attempts);
        Assert.Equal("http-503", failed503.LastErrorCode);
        Assert.Equal(clock.GetUtcNow().AddMinutes(15), failed503.NextAttemptAt);
        Assert.Equal("network", recorded[upstream.Local(slow).AbsoluteUri].LastErrorCode);

        clock.Advance(TimeSpan.FromMinutes(14));
        var early = await retry.RunDueAsync(CancellationToken.None);

        Assert.Empty(early);
        Assert.Equal(requestsBefore, (upstream.RequestsTo(unavailable), upstream.RequestsTo(slow), upstream.RequestsTo(bad)));

        clock.Advance(TimeSpan.FromMinutes(1));
        var due = await retry.RunDueAsync(CancellationToken.None);

        var run = Assert.Single(due);
        Assert.True(run.Retry);
        Assert.Equal(RunOutcome.Succeeded, run.Outcome);
        Assert.Equal(2, run.Discovered);
        // Each PDF, and its report's text read again from the archive: the text was stored on its own while the PDF failed.
        Assert.Equal(4, run.Parsed);
        Assert.Equal(requestsBefore.Item3, upstream.RequestsTo(bad));
        Assert.Empty(await store.ListAsync(Source, CancellationToken.None));
        var states = await Tables.RowsAsync(services.Storage().Documents);
        foreach (var url in new[] { unavailable, slow })
        {
            var state = states.Single(d => d.GetString("Url") == upstream.Local(url).AbsoluteUri);
            Assert.Equal("parsed", state.GetString("Status"));
            Assert.NotEmpty(await Tables.ObservationsOfAsync(services.Storage(), Tables.Sha256(upstream.Recorded(url))));
        }

        Assert.Equal("failed", states.Single(d => d.GetString("Url") == upstream.Local(bad).AbsoluteUri).GetString("Status"));
        var runs = await services.GetRequiredService<RunStore>().LatestAsync(Source, 5, CancellationToken.None);
        Assert.Equal([true, false], runs.Select(r => r.Retry));
    }

    [Fact]
    public async Task FailedDocument_FailingEveryTime_BacksOffWithinItsBoundThenIsGivenUpAndStillShown()
    {
        await using var upstream = await FakeUpstream.StartAsync();
        var documents = ExpectedFigures.Fetched(Source);
        var (unavailable, turnsBad) = (documents[0].Url, documents[1].Url);
        upstream.Inject(unavailable, new Fault.Status(500));
        upstream.Inject(turnsBad, new Fault.Status(502));
        var settings = Harness.LiveSettings(azurite, AzuriteServer.NewPrefix(), upstream);
        settings["Retry:FirstDelayMinutes"] = "15";
        settings["Retry:Factor"] = "2";
        settings["Retry:MaxDelayMinutes"] = "20";
        settings["Retry:MaxAttempts"] = "3";
        var clock = new ManualClock();
        await using var services = Harness.Create(settings, upstream, clock);
        var ingest = services.GetRequiredService<IngestService>();
        var retry = services.GetRequiredService<FailedDocumentRetry>();
        var store = services.GetRequiredService<FailedDocumentStore>();

        await ingest.RunAsync(ingest.Find(Source)!, CancellationToken.None);
        Assert.Equal(2, (await store.ListAsync(Source, CancellationToken.None)).Count);
        upstream.Inject(turnsBad, new Fault.Body(Documents.ErrorPage, "application/pdf"));

        clock.Advance(TimeSpan.FromMinutes(15));
        var second = Assert.Single(await retry.RunDueAsync(CancellationToken.None));
        var afterSecond = Assert.Single(await store.ListAsync(Source, CancellationToken.None));

        // The document that came back bad is kept and reported as any bad document, and not retried.
        Assert.Contains(second.Errors, e => e.Contains(upstream.Local(turnsBad).AbsoluteUri, StringComparison.Ordinal));
        Assert.Equal(upstream.Local(unavailable), afterSecond.Document.Url);
        Assert.Equal(2, afterSecond.Attempts);
        Assert.Equal("http-500", afterSecond.LastErrorCode);
        Assert.Equal(clock.GetUtcNow().AddMinutes(20), afterSecond.NextAttemptAt);

        clock.Advance(TimeSpan.FromMinutes(20));
        Assert.Single(await retry.RunDueAsync(CancellationToken.None));
        var gaveUp = Assert.Single(await store.ListAsync(Source, CancellationToken.None));
        var requests = upstream.RequestsTo(unavailable);
        clock.Advance(TimeSpan.FromDays(2));
        var later = await retry.RunDueAsync(CancellationToken.None);

        Assert.Equal(3, gaveUp.Attempts);
        Assert.True(gaveUp.GaveUp);
        Assert.Null(gaveUp.NextAttemptAt);
        Assert.Empty(later);
        Assert.Equal(requests, upstream.RequestsTo(unavailable));
    }

    [Fact]
    public async Task Retry_WhileAnotherRunHoldsTheSourceLease_DoesNothingAndRunsOnceTheLeaseIsFree()
    {
        await using var upstream = await FakeUpstream.StartAsync();
        var unavailable = ExpectedFigures.Fetched(Source)[0].Url;
        upstream.Inject(unavailable, new Fault.Status(503));
        var clock = new ManualClock();
        await using var services = Harness.Create(Harness.LiveSettings(azurite, AzuriteServer.NewPrefix(), upstream), upstream, clock);
        var ingest = services.GetRequiredService<IngestService>();
        var retry = services.GetRequiredService<FailedDocumentRetry>();
        var store = services.GetRequiredService<FailedDocumentStore>();
        await ingest.RunAsync(ingest.Find(Source)!, CancellationToken.None);
        upstream.Heal();
        clock.Advance(TimeSpan.FromMinutes(15));
        var requests = upstream.RequestsTo(unavailable);
        var runsBefore = await services.Storage().Runs.QueryAsync<TableEntity>().CountAsync();

        SourceRunSummary held;
        await using (await services.GetRequiredService<SourceLeases>().TryAcquireAsync(Source, CancellationToken.None))
        {
            held = Assert.Single(await retry.RunDueAsync(CancellationToken.None));
            Assert.Equal(requests, upstream.RequestsTo(unavailable));
        }

        var stillDue = Assert.Single(await store.ListAsync(Source, CancellationToken.None));
        var freed = Assert.Single(await retry.RunDueAsync(CancellationToken.None));

        Assert.Equal(RunOutcome.Skipped, held.Outcome);
        Assert.Equal(1, stillDue.Attempts);
        Assert.Equal(RunOutcome.Succeeded, freed.Outcome);
        // The PDF, and its report's text read again from the archive.
        Assert.Equal(2, freed.Parsed);
        Assert.Equal(requests + 1, upstream.RequestsTo(unavailable));
        Assert.Empty(await store.ListAsync(Source, CancellationToken.None));
        // The skipped retry left no run record; the one that ran did.
        Assert.Equal(runsBefore + 1, await services.Storage().Runs.QueryAsync<TableEntity>().CountAsync());
    }
}
