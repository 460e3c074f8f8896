using System.Text.Json;
using Azure.Data.Tables;
using MigrationFeeds.Reliability.Tests.Support;
using MigrationFeeds.TestSupport;

namespace MigrationFeeds.Reliability.Tests.Faults;

/// <summary>
/// One document of the UNHCR BiH source misbehaves upstream; a real ingest (the CLI, live, against the fake
/// upstream and a real Azurite) must complete, archive every body it received, store nothing from the bad
/// document, show the failure in its summary and in /api/status, and fetch it again on the next run.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class FaultInjectionTests(AzuriteServer azurite)
{
    private const string Source = Harness.BihSource;
    private const int Target = 3;

    private static readonly string TargetUrl = ExpectedFigures.Load(Source)[Target].Url;

    public static TheoryData<string> Cases => ["http-500", "http-503", "timeout", "connection-reset-mid-body", "redirect-loop", "truncated-pdf", "html-error-page-as-pdf", "empty-body", "body-over-size-limit", "parse-over-time-budget"];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Fault_OnOneDocument_RunCompletesNothingLostAndNextRunRecovers(string name)
    {
        await using var upstream = await FakeUpstream.StartAsync();
        var prefix = AzuriteServer.NewPrefix();
        var settings = Harness.LiveSettings(azurite, prefix, upstream);
        var recorded = upstream.Recorded(TargetUrl);
        var fetchedBadly = false;
        switch (name)
        {
            case "http-500":
                upstream.Inject(TargetUrl, new Fault.Status(500));
                break;
            case "http-503":
                upstream.Inject(TargetUrl, new Fault.Status(503));
                break;
            case "timeout":
                upstream.Inject(TargetUrl, new Fault.Delay(TimeSpan.FromSeconds(5)));
                break;
            case "connection-reset-mid-body":
                upstream.Inject(TargetUrl, new Fault.ResetMidBody());
                break;
            case "redirect-loop":
                upstream.Inject(TargetUrl, new Fault.RedirectLoop());
                break;
            case "truncated-pdf":
                upstream.Inject(TargetUrl, new Fault.Body(Documents.FirstHalf(recorded), "application/pdf"));
                fetchedBadly = true;
                break;
            case "html-error-page-as-pdf":
                upstream.Inject(TargetUrl, new Fault.Body(Documents.ErrorPage, "application/pdf"));
                fetchedBadly = true;
                break;
            case "empty-body":
                upstream.Inject(TargetUrl, new Fault.Body([], "application/pdf"));
                fetchedBadly = true;
                break;
            case "body-over-size-limit":
                settings["Fetch:MaxDocumentBytes"] = "1048576";
                upstream.Inject(TargetUrl, new Fault.Endless(64L * 1024 * 1024, "application/pdf"));
                break;
            case "parse-over-time-budget":
                settings["Fetch:ParseTimeoutSeconds"] = "1";
                upstream.Inject(TargetUrl, new Fault.Body(SlowPdf.Value, "application/pdf"));
                fetchedBadly = true;
                break;
            default:
                throw new ArgumentException(name);
        }

        var started = DateTimeOffset.UtcNow;
        var first = await IngestAsync(settings);
        var elapsed = DateTimeOffset.UtcNow - started;

        var local = upstream.Local(TargetUrl).AbsoluteUri;
        Assert.Equal("partial", first.Row(Source)["outcome"]);
        Assert.Equal("1", first.Row(Source)["failed"]);
        Assert.Contains(local, first.Error, StringComparison.Ordinal);
        await using (var services = Harness.Create(settings))
        {
            var storage = services.Storage();
            Assert.Empty(await Tables.MissingFromArchiveAsync(storage, upstream));
            Assert.Empty(await storage.Observations.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"DocumentUrl eq {local}")).ToListAsync());
            var states = await Tables.RowsAsync(storage.Documents);
            foreach (var failed in states.Where(d => d.GetString("Status") == "failed"))
            {
                Assert.Empty(await Tables.ObservationsOfAsync(storage, failed.GetString("Sha256")));
            }

            var state = states.SingleOrDefault(d => d.GetString("Url") == local);
            if (fetchedBadly)
            {
                // The body arrived whole: it is archived as served and its state says why it was not used.
                Assert.Equal("failed", state!.GetString("Status"));
                Assert.NotEqual("[]", state.GetString("IssuesJson"));
            }
            else
            {
                // Nothing usable arrived: no state, so the next run asks afresh.
                Assert.Null(state);
            }
        }

        await using (var handler = await Handler.StartAsync(settings))
        {
            var last = (await handler.RunsAsync(Source))[0];
            Assert.Equal("partial", last.GetProperty("outcome").GetString());
            Assert.Contains(last.GetProperty("errors").EnumerateArray(), e => e.GetString()!.Contains(local, StringComparison.Ordinal));
        }

        switch (name)
        {
            case "http-500" or "http-503":
                // Retried with back-off: the first request and the standard handler's three retries.
                Assert.Equal(4, upstream.RequestsTo(TargetUrl));
                break;
            case "timeout":
                Assert.True(upstream.RequestsTo(TargetUrl) >= 2, "a timed-out attempt is retried");
                break;
            case "redirect-loop":
                Assert.InRange(upstream.RequestsTo(TargetUrl), 2, 12);
                break;
            case "body-over-size-limit":
                var served = Assert.Single(upstream.Log, s => s.Key == FakeUpstream.Key(new Uri(TargetUrl)));
                Assert.True(served.BytesWritten < 16L * 1024 * 1024, $"the client read {served.BytesWritten} bytes of a 64 MiB body with a 1 MiB limit");
                break;
            case "parse-over-time-budget":
                await using (var services = Harness.Create(settings))
                {
                    var state = (await Tables.RowsAsync(services.Storage().Documents)).Single(d => d.GetString("Url") == local);
                    Assert.Contains("\"timeout\"", state.GetString("IssuesJson"), StringComparison.Ordinal);
                }

                Assert.True(elapsed < TimeSpan.FromSeconds(30), $"the run took {elapsed}");
                break;
        }

        upstream.Heal();
        var second = await IngestAsync(settings);

        Assert.Equal("succeeded", second.Row(Source)["outcome"]);
        Assert.Equal("1", second.Row(Source)["parsed"]);
        await using (var services = Harness.Create(settings))
        {
            var storage = services.Storage();
            Assert.Empty(await Tables.MissingFromArchiveAsync(storage, upstream));
            var state = (await Tables.RowsAsync(storage.Documents)).Single(d => d.GetString("Url") == local);
            Assert.Equal("parsed", state.GetString("Status"));
            Assert.Equal(Tables.Sha256(recorded), state.GetString("Sha256"));
            var rows = await Tables.ObservationsOfAsync(storage, Tables.Sha256(recorded));
            Assert.True(rows.Count >= ExpectedFigures.Load(Source)[Target].Figures.Count);
            Assert.Equal(0, await Tables.DuplicateObservationsAsync(storage));
        }

        await using (var handler = await Handler.StartAsync(settings))
        {
            Assert.Equal("succeeded", (await handler.RunsAsync(Source))[0].GetProperty("outcome").GetString());
        }
    }

    [Fact]
    public async Task TooManyRequests_WithRetryAfter_WaitsAsToldThenFetches()
    {
        await using var upstream = await FakeUpstream.StartAsync();
        var settings = Harness.LiveSettings(azurite, AzuriteServer.NewPrefix(), upstream);
        upstream.Inject(TargetUrl, new Fault.Status(429, RetryAfter: "2", Times: 1));

        var run = await IngestAsync(settings);

        Assert.Equal("succeeded", run.Row(Source)["outcome"]);
        var key = FakeUpstream.Key(new Uri(TargetUrl));
        var attempts = upstream.Log.Where(s => s.Key == key).OrderBy(s => s.At).ToList();
        Assert.Equal([429, 200], attempts.Select(a => a.Status));
        Assert.True(attempts[1].At - attempts[0].At >= TimeSpan.FromSeconds(1.9), $"retried after {attempts[1].At - attempts[0].At}, told 2 s");
        await AssertStoredAsync(settings, upstream);
    }

    [Fact]
    public async Task TooManyRequests_WithoutRetryAfter_RetriedWithBackOffThenFetches()
    {
        await using var upstream = await FakeUpstream.StartAsync();
        var settings = Harness.LiveSettings(azurite, AzuriteServer.NewPrefix(), upstream);
        upstream.Inject(TargetUrl, new Fault.Status(429, Times: 2));

        var run = await IngestAsync(settings);

        Assert.Equal("succeeded", run.Row(Source)["outcome"]);
        var key = FakeUpstream.Key(new Uri(TargetUrl));
        Assert.Equal([429, 429, 200], upstream.Log.Where(s => s.Key == key).OrderBy(s => s.At).Select(a => a.Status));
        await AssertStoredAsync(settings, upstream);
    }

    private static readonly Lazy<byte[]> SlowPdf = new(() => Documents.LongPdf(1500));

    private static async Task AssertStoredAsync(IDictionary<string, string?> settings, FakeUpstream upstream)
    {
        await using var services = Harness.Create(settings);
        var storage = services.Storage();
        Assert.Empty(await Tables.MissingFromArchiveAsync(storage, upstream));
        Assert.NotEmpty(await Tables.ObservationsOfAsync(storage, Tables.Sha256(upstream.Recorded(TargetUrl))));
        Assert.Equal(0, await Tables.DuplicateObservationsAsync(storage));
    }

    /// <summary>One ingest of the source through the CLI, as an operator runs it.</summary>
    internal static async Task<CliRun> IngestAsync(IDictionary<string, string?> settings, string source = Source)
    {
        var run = await CliRun.RunAsync(["ingest", "--source", source, .. Harness.AsArguments(settings)]);
        Assert.True(run.Exit is 0 or 2, $"exit {run.Exit}: {run.Error}");
        ReliabilityReport.RunCompleted();
        return run;
    }

    internal static string Json(JsonElement e) => e.GetRawText();
}
