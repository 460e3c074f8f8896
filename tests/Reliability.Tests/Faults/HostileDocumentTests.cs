using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Pipeline.Ingestion;
using MigrationFeeds.Pipeline.Parse;
using MigrationFeeds.Reliability.Tests.Support;
using MigrationFeeds.TestSupport;
using Xunit.Abstractions;

namespace MigrationFeeds.Reliability.Tests.Faults;

/// <summary>
/// Documents built to take a parser or the process down, served in place of half the BiH source's reports in one live
/// CLI ingest: deep nesting (a stack overflow in a recursive reader), bodies that inflate or flood, bytes that
/// contradict their declared encoding, structures that are broken or cyclic. Each fails (or is quarantined) alone, with
/// its reason; the process lives on to print its summary, and every other report is parsed with its figures.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class HostileDocumentTests(AzuriteServer azurite, ITestOutputHelper output)
{
    private const string Source = Harness.BihSource;

    private static readonly (string Name, Func<byte[], (byte[] Body, string ContentType)> Build)[] Hostile =
    [
        ("pdf-20000-chained-forms", _ => (HostileDocuments.ChainedFormsPdf(20_000), "application/pdf")),
        ("pdf-5000-chained-forms", _ => (HostileDocuments.ChainedFormsPdf(5_000), "application/pdf")),
        ("pdf-100000-nested-dictionaries", _ => (Documents.PdfWithContent("BT /F1 12 Tf 72 720 Td (none) Tj ET", "/ExtGState << /G 6 0 R >>", Nest("<< /A ", " >>", 100_000)), "application/pdf")),
        ("pdf-100000-nested-arrays", _ => (Documents.PdfWithContent("q " + Nest("[", "]", 100_000) + " pop Q"), "application/pdf")),
        ("pdf-page-tree-cycle", _ => (Documents.RawPdf("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>", "<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1 >>"), "application/pdf")),
        ("pdf-truncated", recorded => (Documents.FirstHalf(recorded), "application/pdf")),
        ("pdf-header-then-noise", _ => ([.. "%PDF-1.7\n"u8, .. Noise(200_000)], "application/pdf")),
        ("pdf-noise", _ => (Noise(100_000), "application/pdf")),
        ("pdf-empty", _ => ([], "application/pdf")),
        ("pdf-html-error-page", _ => (Documents.ErrorPage, "application/pdf")),
        ("html-100000-nested-divs", _ => (HostileDocuments.NestedHtml("<div>", "</div>", 100_000), "text/html; charset=utf-8")),
        ("html-20000-nested-tables", _ => (HostileDocuments.NestedHtml("<table><tr><td>", "</td></tr></table>", 20_000), "text/html; charset=utf-8")),
        ("html-50000-nested-lists", _ => (HostileDocuments.NestedHtml("<ul><li>", "</li></ul>", 50_000), "text/html; charset=utf-8")),
        ("html-200000-unclosed-bold", _ => (Encoding.UTF8.GetBytes("<html><body>" + string.Concat(Enumerable.Repeat("<b>", 200_000)) + "In May, 5,010 arrived.</body></html>"), "text/html")),
        ("html-over-the-size-limit", _ => (HostileDocuments.LargeHtml(9 * 1024 * 1024), "text/html; charset=utf-8")),
        ("html-entity-expansion", _ => (Encoding.UTF8.GetBytes("<!DOCTYPE html [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]><html><body><p>&c;&c;&c;&c;</p></body></html>"), "text/html")),
        ("html-latin1-no-break-space-declared-utf8", _ => (Encoding.Latin1.GetBytes("<html><body><p>In October 2022, 5\u00A0010 refugees and migrants arrived in Bosnia and Herzegovina.</p></body></html>"), "text/html; charset=utf-8")),
        ("html-replacement-character-in-a-number", _ => (Encoding.UTF8.GetBytes("<html><body><p>In October 2022, 5\uFFFD010 refugees and migrants arrived in Bosnia and Herzegovina.</p></body></html>"), "text/html; charset=utf-8")),
        ("html-utf8-declared-windows-1250", _ => (Encoding.UTF8.GetBytes("<html><body><p>U TRC Borići je smješteno 1.204 osoba u oktobru 2022.</p></body></html>"), "text/html; charset=windows-1250")),
        ("html-nul-bytes", _ => (Noise(50_000, zeros: true), "text/html")),
        ("text-utf16-mark-before-utf8", _ => ([0xFF, 0xFE, .. Encoding.UTF8.GetBytes("In October 2022, 5,010 refugees and migrants arrived in Bosnia and Herzegovina.\n")], "text/plain")),
        ("text-over-the-size-limit", _ => (Documents.Repeated("In October 2022, 5,010 refugees and migrants arrived. ", 17 * 1024 * 1024), "text/plain; charset=utf-8")),
        ("text-one-line-of-digits", _ => (Documents.Repeated("5,010 ", 4 * 1024 * 1024), "text/plain")),
        ("xlsx-inflates-to-300-mb", _ => (Documents.XlsxBomb(300), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")),
        ("json-400000-rows", _ => (Documents.JsonFlood(400_000), "application/json")),
        ("zip-served-as-pdf", _ => (Documents.XlsxBomb(50), "application/pdf")),
        ("octet-stream-noise", _ => (Noise(1_000_000), "application/octet-stream")),
    ];

    [Fact]
    public async Task Ingest_HostileDocumentsAmongTheReports_EachFailsAloneAndTheRestAreParsed()
    {
        await using var upstream = await FakeUpstream.StartAsync();
        var settings = Harness.LiveSettings(azurite, AzuriteServer.NewPrefix(), upstream);
        settings["Fetch:ParseTimeoutSeconds"] = "20";
        var documents = ExpectedFigures.Fetched(Source);
        Assert.True(Hostile.Length >= 25 && documents.Count >= Hostile.Length + 10, $"{Hostile.Length} hostile documents among {documents.Count}");
        var hostile = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < Hostile.Length; i++)
        {
            var (body, contentType) = Hostile[i].Build(upstream.Recorded(documents[i].Url));
            upstream.Inject(documents[i].Url, new Fault.Body(body, contentType));
            hostile[upstream.Local(documents[i].Url).AbsoluteUri] = Hostile[i].Name;
        }

        var run = await FaultInjectionTests.IngestAsync(settings);

        output.WriteLine(run.Output);
        output.WriteLine(run.Error);
        // The process printed its summary: no document took it down.
        var row = run.Row(Source);
        Assert.Equal("partial", row["outcome"]);
        Assert.Equal(4, run.Exit);
        // Every report's text is parsed too, the hostile PDFs' among them.
        Assert.Equal((ExpectedFigures.Load(Source).Count - Hostile.Length).ToString(CultureInfo.InvariantCulture), row["parsed"]);
        Assert.Equal(Hostile.Length.ToString(CultureInfo.InvariantCulture), row["failed"]);
        await using var services = Harness.Create(settings);
        var storage = services.Storage();
        Assert.Empty(await Tables.MissingFromArchiveAsync(storage, upstream));
        var states = (await Tables.RowsAsync(storage.Documents)).ToDictionary(d => d.GetString("Url"), StringComparer.Ordinal);
        var contained = 0;
        foreach (var (url, name) in hostile)
        {
            Assert.True(states.TryGetValue(url, out var state), $"{name}: no state");
            var status = state.GetString("Status");
            Assert.True(status is "failed" or "quarantined", $"{name}: {status}");
            Assert.True(state.GetString("IssuesJson") is { Length: > 2 } issues, $"{name}: failed without a reason");
            output.WriteLine($"{name}: {status} {state.GetString("IssuesJson")?[..Math.Min(200, state.GetString("IssuesJson")!.Length)]}");
            Assert.Empty(await Tables.ObservationsOfAsync(storage, state.GetString("Sha256")));
            contained++;
        }

        foreach (var document in documents.Skip(Hostile.Length))
        {
            var state = states[upstream.Local(document.Url).AbsoluteUri];
            Assert.Equal("parsed", state.GetString("Status"));
            Assert.True((await Tables.ObservationsOfAsync(storage, state.GetString("Sha256"))).Count >= document.Figures.Count, $"{document.Url}: figures missing");
        }

        Assert.Equal(0, await Tables.DuplicateObservationsAsync(storage));

        // A document that took the worker down is quarantined: the next run does not feed the same bytes to it again.
        var quarantined = hostile.Keys.Count(u => states[u].GetString("Status") == "quarantined");
        Assert.True(quarantined > 0, "no hostile document took the worker down");
        var again = await FaultInjectionTests.IngestAsync(settings);
        Assert.Equal(quarantined.ToString(CultureInfo.InvariantCulture), again.Row(Source)["quarantined"]);
        Assert.Equal("0", again.Row(Source)["parsed"]);
        ReliabilityReport.HostileDocumentsContained(contained);
    }

    /// <summary>The parse worker's peak memory on the largest report of the snapshot it reads, for the suite's summary.</summary>
    [Fact]
    public async Task ParseWorker_LargestAcceptedDocument_ReportsItsPeakMemory()
    {
        await using var upstream = await FakeUpstream.StartAsync();
        await using var services = Harness.Create(Harness.LiveSettings(azurite, AzuriteServer.NewPrefix(), upstream));
        var source = services.GetRequiredService<IngestService>().Find(Source)!;
        var largest = ExpectedFigures.Fetched(Source).MaxBy(d => upstream.Recorded(d.Url).Length)!;
        var bytes = upstream.Recorded(largest.Url);

        var parse = await services.GetRequiredService<ParseWorkerClient>().ParseAsync(
            source.Parser, bytes, new DocumentContext { Url = largest.Url, ContentType = "application/pdf", DefaultCountry = "BIH" }, CancellationToken.None);

        Assert.Equal(ParseEnd.Answered, parse.End);
        Assert.NotEmpty(parse.Result.Figures);
        Assert.True(parse.PeakMemoryBytes > 0, "the worker reported no peak");
        output.WriteLine($"{largest.Url}: {bytes.Length:N0} bytes, worker peak {parse.PeakMemoryBytes / (1024 * 1024)} MiB");
        ReliabilityReport.WorkerPeakMemory(parse.PeakMemoryBytes);
    }

    private static string Nest(string open, string close, int depth) =>
        new StringBuilder(open.Length * depth).Insert(0, open, depth).Append(new StringBuilder(close.Length * depth).Insert(0, close, depth)).ToString();

    /// <summary>Bytes that are no format at all, the same each run.</summary>
    private static byte[] Noise(int length, bool zeros = false)
    {
        var bytes = new byte[length];
        if (!zeros)
        {
            new Random(14).NextBytes(bytes);
        }

        return bytes;
    }
}
