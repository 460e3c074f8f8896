using Azure.Data.Tables;
using MigrationFeeds.Reliability.Tests.Support;
using MigrationFeeds.TestSupport;

namespace MigrationFeeds.Reliability.Tests.Faults;

/// <summary>
/// Documents of the UNHCR BiH source misbehave upstream, each in its own way, in one run: a real ingest (the CLI,
/// live, against the fake upstream and a real Azurite) must complete, archive every body it received, store
/// nothing from a bad document, show every failure in its summary and in /api/status, and fetch each failed
/// document again on the next run.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class FaultInjectionTests(AzuriteServer azurite)
{
    private const string Source = Harness.BihSource;

    /// <summary>Faults that fail their document; the index is the document's place in the snapshot.</summary>
    private static readonly string[] Failing =
    [
        "http-500", "http-503", "timeout", "connection-reset-mid-body", "redirect-loop",
        "truncated-pdf", "html-error-page-as-pdf", "empty-body", "body-over-size-limit", "parse-over-time-budget",
    ];

    /// <summary>Faults whose body still arrives whole, so the document's state records why it was not used.</summary>
    private static readonly string[] ArrivedWhole = ["truncated-pdf", "html-error-page-as-pdf", "empty-body", "parse-over-time-budget"];

    [Fact]
    public async Task Faults_OneOnEachDocument_RunCompletesNothingIsLostAndTheNextRunRecovers()
    {
        await using var upstream = await FakeUpstream.StartAsync();
        var settings = Harness.LiveSettings(azurite, AzuriteServer.NewPrefix(), upstream);
        settings["Fetch:MaxDocumentBytes"] = "4194304";
        settings["Fetch:ParseTimeoutSeconds"] = "2";
        var documents = ExpectedFigures.Fetched(Source);
        Assert.True(documents.Count >= Failing.Length + 3);
        var urls = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < Failing.Length; i++)
        {
            urls[Failing[i]] = documents[i].Url;
            upstream.Inject(documents[i].Url, Fault(Failing[i], upstream.Recorded(documents[i].Url)));
        }

        var retryAfter = documents[Failing.Length].Url;
        var withoutRetryAfter = documents[Failing.Length + 1].Url;
        upstream.Inject(retryAfter, new Fault.Status(429, RetryAfter: "2", Times: 1));
        upstream.Inject(withoutRetryAfter, new Fault.Status(429, Times: 2));

        var first = await IngestAsync(settings);

        var row = first.Row(Source);
        Assert.Equal("partial", row["outcome"]);
        Assert.True(Failing.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) == row["failed"], $"{row["failed"]} failed:\n{first.Error}");
        // Every report's text is parsed too, the failing PDFs' among them.
        Assert.Equal((ExpectedFigures.Load(Source).Count - Failing.Length).ToString(System.Globalization.CultureInfo.InvariantCulture), row["parsed"]);
        var errorLines = first.Error.Split('\n');
        foreach (var (fault, url) in urls)
        {
            Assert.True(errorLines.Any(l => l.Contains(upstream.Local(url).AbsoluteUri, StringComparison.Ordinal)), $"{fault}: not in the CLI's errors");
        }

        Assert.Contains(errorLines, l => l.Contains(upstream.Local(urls["body-over-size-limit"]).AbsoluteUri, StringComparison.Ordinal) && l.Contains("exceeds the limit", StringComparison.Ordinal));
        Assert.Equal(4, upstream.RequestsTo(urls["http-500"]));
        Assert.Equal(4, upstream.RequestsTo(urls["http-503"]));
        Assert.True(upstream.RequestsTo(urls["timeout"]) >= 2, "a timed-out attempt is retried");
        Assert.InRange(upstream.RequestsTo(urls["redirect-loop"]), 2, 12);
        var honoured = Attempts(upstream, retryAfter);
        Assert.Equal([429, 200], honoured.Select(a => a.Status));
        Assert.True(honoured[1].At - honoured[0].At >= TimeSpan.FromSeconds(1.9), $"retried after {honoured[1].At - honoured[0].At}, told 2 s");
        Assert.Equal([429, 429, 200], Attempts(upstream, withoutRetryAfter).Select(a => a.Status));

        await using (var services = Harness.Create(settings))
        {
            var storage = services.Storage();
            Assert.Empty(await Tables.MissingFromArchiveAsync(storage, upstream));
            var states = await Tables.RowsAsync(storage.Documents);
            foreach (var failed in states.Where(d => d.GetString("Status") == "failed"))
            {
                Assert.Empty(await Tables.ObservationsOfAsync(storage, failed.GetString("Sha256")));
            }

            foreach (var (fault, url) in urls)
            {
                var local = upstream.Local(url).AbsoluteUri;
                Assert.True(
                    (await storage.Observations.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"DocumentUrl eq {local}")).ToListAsync()).Count == 0,
                    $"{fault}: observations stored from the bad document");
                var state = states.SingleOrDefault(d => d.GetString("Url") == local);
                if (ArrivedWhole.Contains(fault))
                {
                    // A parse past its budget takes the worker down with it: quarantined, so no later run feeds it the same bytes.
                    var expected = fault == "parse-over-time-budget" ? "quarantined" : "failed";
                    Assert.True(state?.GetString("Status") == expected, $"{fault}: state {state?.GetString("Status")}");
                    Assert.NotEqual("[]", state!.GetString("IssuesJson"));
                }
                else
                {
                    // Nothing usable arrived: no state, so the next run asks afresh.
                    Assert.True(state is null, $"{fault}: a state was saved for a document that never arrived");
                }
            }

            var slow = states.Single(d => d.GetString("Url") == upstream.Local(urls["parse-over-time-budget"]).AbsoluteUri);
            Assert.Contains("\"timeout\"", slow.GetString("IssuesJson"), StringComparison.Ordinal);
            Assert.NotEmpty(await Tables.ObservationsOfAsync(storage, Tables.Sha256(upstream.Recorded(retryAfter))));
            Assert.NotEmpty(await Tables.ObservationsOfAsync(storage, Tables.Sha256(upstream.Recorded(withoutRetryAfter))));
        }

        await using (var app = await App.StartAsync(settings))
        {
            var last = (await app.RunsAsync(Source))[0];
            Assert.Equal("partial", last.GetProperty("outcome").GetString());
            var errors = last.GetProperty("errors").EnumerateArray().Select(e => e.GetString()!).ToList();
            foreach (var (fault, url) in urls)
            {
                Assert.True(errors.Any(e => e.Contains(upstream.Local(url).AbsoluteUri, StringComparison.Ordinal)), $"{fault}: not in /api/status");
            }
        }

        upstream.Heal();
        var second = await IngestAsync(settings);

        Assert.Equal("succeeded", second.Row(Source)["outcome"]);
        // Each failed PDF, and its report's text again, now merged into the PDF's figures.
        Assert.Equal((2 * Failing.Length).ToString(System.Globalization.CultureInfo.InvariantCulture), second.Row(Source)["parsed"]);
        await using (var services = Harness.Create(settings))
        {
            var storage = services.Storage();
            Assert.Empty(await Tables.MissingFromArchiveAsync(storage, upstream));
            var states = await Tables.RowsAsync(storage.Documents);
            for (var i = 0; i < Failing.Length; i++)
            {
                var recorded = upstream.Recorded(documents[i].Url);
                var state = states.Single(d => d.GetString("Url") == upstream.Local(documents[i].Url).AbsoluteUri);
                Assert.True(state.GetString("Status") == "parsed", $"{Failing[i]}: {state.GetString("Status")} after the fault was gone");
                Assert.Equal(Tables.Sha256(recorded), state.GetString("Sha256"));
                Assert.True((await Tables.ObservationsOfAsync(storage, Tables.Sha256(recorded))).Count >= documents[i].Figures.Count, $"{Failing[i]}: figures missing");
            }

            Assert.Equal(0, await Tables.DuplicateObservationsAsync(storage));
        }

        await using (var app = await App.StartAsync(settings))
        {
            Assert.Equal("succeeded", (await app.RunsAsync(Source))[0].GetProperty("outcome").GetString());
        }
    }

    /// <summary>One ingest of the source through the CLI, as an operator runs it.</summary>
    internal static async Task<CliRun> IngestAsync(IDictionary<string, string?> settings, string source = Source)
    {
        var run = await CliRun.RunAsync(["ingest", "--source", source, .. Harness.AsArguments(settings)]);
        // 0 all succeeded, 2 a source failed, 4 some documents failed (partial): never skipped (8) nor a crash.
        Assert.True(run.Exit is 0 or 2 or 4 or 6, $"exit {run.Exit}: {run.Error}");
        ReliabilityReport.RunCompleted();
        return run;
    }

    private static Fault Fault(string name, byte[] recorded) => name switch
    {
        "http-500" => new Fault.Status(500),
        "http-503" => new Fault.Status(503),
        "timeout" => new Fault.Delay(TimeSpan.FromSeconds(5)),
        "connection-reset-mid-body" => new Fault.ResetMidBody(),
        "redirect-loop" => new Fault.RedirectLoop(),
        "truncated-pdf" => new Fault.Body(Documents.FirstHalf(recorded), "application/pdf"),
        "html-error-page-as-pdf" => new Fault.Body(Documents.ErrorPage, "application/pdf"),
        "empty-body" => new Fault.Body([], "application/pdf"),
        "body-over-size-limit" => new Fault.Endless(64L * 1024 * 1024, "application/pdf"),
        "parse-over-time-budget" => new Fault.Body(SlowPdf.Value, "application/pdf"),
        _ => throw new ArgumentException(name),
    };

    private static readonly Lazy<byte[]> SlowPdf = new(() => Documents.LongPdf(1500));

    private static List<Served> Attempts(FakeUpstream upstream, string url)
    {
        var key = FakeUpstream.Key(new Uri(url));
        return [.. upstream.Log.Where(s => s.Key == key).OrderBy(s => s.At)];
    }
}
