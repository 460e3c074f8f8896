using System.Text.Json;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Pipeline.Ingestion;
using MigrationFeeds.Pipeline.Storage;
using MigrationFeeds.Reliability.Tests.Support;
using MigrationFeeds.TestSupport;

namespace MigrationFeeds.Reliability.Tests.Faults;

/// <summary>Upstream changes that are not errors on the wire: encodings, a new layout, one publisher down while the others answer.</summary>
[Collection(StateAzuriteCollection.Name)]
public sealed class UpstreamChangeTests(AzuriteServer azurite)
{
    private const string Source = Harness.BihSource;

    /// <summary>Four reports, each served as its HTML page in one of the ways publishers label an encoding.</summary>
    private static readonly (string Month, string Encoding, bool CharsetHeader, bool CharsetMeta)[] Encodings =
    [
        ("2021-10", "windows-1250", true, false),
        ("2021-11", "windows-1250", false, true),
        ("2021-12", "utf-8", true, false),
        ("2022-01", "utf-8", false, false),
    ];

    [Fact]
    public async Task ReportsAsHtml_InEveryDeclaredEncoding_StoreTheSameFiguresAndReadableQuotes()
    {
        await using var upstream = await FakeUpstream.StartAsync();
        var settings = Harness.LiveSettings(azurite, AzuriteServer.NewPrefix(), upstream);
        var served = new List<(ExpectedFigures.Document Document, string Month, byte[] Content)>();
        foreach (var (month, encoding, charsetHeader, charsetMeta) in Encodings)
        {
            var document = ExpectedFigures.Load(Source).Single(d => upstream.RecordedFile(d.Url).EndsWith(month + ".pdf", StringComparison.Ordinal));
            var (content, contentType) = Documents.ReportPage(month, encoding, charsetHeader, charsetMeta);
            upstream.Inject(document.Url, new Fault.Body(content, contentType));
            served.Add((document, month, content));
        }

        var run = await FaultInjectionTests.IngestAsync(settings);

        Assert.Equal("succeeded", run.Row(Source)["outcome"]);
        await using var services = Harness.Create(settings);
        foreach (var (document, month, content) in served)
        {
            var rows = await Tables.ObservationsOfAsync(services.Storage(), Tables.Sha256(content));
            Assert.Equal(
                ReadAsUtf8(document, month).Select(f => $"{f.Indicator} {f.Measure} {f.Period} {f.Site} {f.Value} {f.Quote}").Order(StringComparer.Ordinal),
                rows.Select(r => $"{r.GetString("Indicator")} {r.GetString("Measure")} {r.GetString("Period")} {NullIfDash(r.GetString("Site"))} {r.GetInt64("Value")} {r.GetString("Quote")}").Order(StringComparer.Ordinal));
            Assert.DoesNotContain(rows, r => r.GetString("Quote").AsSpan().IndexOfAny('\uFFFD', 'Ã', 'Å') >= 0 || r.GetString("Quote").Contains("Ä", StringComparison.Ordinal));
        }

        var all = await Tables.RowsAsync(services.Storage().Observations);
        Assert.Contains(all, r => served.Any(s => r.GetString("DocumentSha256") == Tables.Sha256(s.Content)) && $"{r.GetString("Quote")} {r.GetString("Site")}".AsSpan().IndexOfAny("čćšžđČĆŠŽĐ") >= 0);
        Assert.Empty(await Tables.MissingFromArchiveAsync(services.Storage(), upstream));
    }

    [Fact]
    public async Task LayoutChange_FewerOrNoFigures_WarnsForTheSourceAndStoresNoZeros()
    {
        await using var upstream = await FakeUpstream.StartAsync();
        var settings = Harness.LiveSettings(azurite, AzuriteServer.NewPrefix(), upstream);
        await FaultInjectionTests.IngestAsync(settings);
        var documents = ExpectedFigures.Fetched(Source);
        var fewer = Documents.OnePagePdf("In December, 1,689 refugees and migrants arrived irregularly in BiH.");
        var none = Documents.OnePagePdf("This month the team met partners in Sarajevo and Bihac.");
        upstream.Inject(documents[^1].Url, new Fault.Body(fewer, "application/pdf"));
        upstream.Inject(documents[^2].Url, new Fault.Body(none, "application/pdf"));

        var changed = await FaultInjectionTests.IngestAsync(settings);

        Assert.Equal("partial", changed.Row(Source)["outcome"]);
        await using (var services = Harness.Create(settings))
        {
            var storage = services.Storage();
            Assert.Empty(await Tables.ObservationsOfAsync(storage, Tables.Sha256(none)));
            var fromFewer = await Tables.ObservationsOfAsync(storage, Tables.Sha256(fewer));
            Assert.NotEmpty(fromFewer);
            Assert.DoesNotContain(fromFewer, r => r.GetInt64("Value") == 0);
            Assert.Empty(await Tables.MissingFromArchiveAsync(storage, upstream));
        }

        await using (var app = await App.StartAsync(settings))
        {
            var last = (await app.RunsAsync(Source))[0];
            var warnings = last.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()!).ToList();
            Assert.Contains(warnings, w => w.Contains(upstream.Local(documents[^1].Url).AbsoluteUri, StringComparison.Ordinal) && w.Contains("usually", StringComparison.Ordinal));
            Assert.Contains(warnings, w => w.Contains(upstream.Local(documents[^2].Url).AbsoluteUri, StringComparison.Ordinal) && w.Contains("no figures", StringComparison.Ordinal));
        }

        upstream.Heal();
        var restored = await FaultInjectionTests.IngestAsync(settings);
        Assert.Equal("succeeded", restored.Row(Source)["outcome"]);
    }

    [Fact]
    public async Task OneSourceDown_TheOthersLandTheirData()
    {
        await using var upstream = await FakeUpstream.StartAsync();
        var settings = Harness.LiveSettings(azurite, AzuriteServer.NewPrefix(), upstream);
        var listing = JsonDocument.Parse(File.ReadAllText(RepoRoot.Combine("seeds", "snapshot", Source, "index.json"))).RootElement
            .GetProperty("entries")[0].GetProperty("url").GetString()!;
        upstream.Inject(listing, new Fault.Status(503));
        await using var services = Harness.Create(settings, upstream);
        var ingest = services.GetRequiredService<IngestService>();

        var summaries = await ingest.RunAllAsync(CancellationToken.None);
        ReliabilityReport.RunCompleted(summaries.Count);

        Assert.Equal(RunOutcome.Failed, summaries.Single(s => s.SourceId == Source).Outcome);
        var others = summaries.Where(s => s.SourceId != Source).ToList();
        Assert.Equal(ingest.Sources.Count - 1, others.Count);
        var storage = services.Storage();
        foreach (var other in others)
        {
            Assert.Equal(RunOutcome.Succeeded, other.Outcome);
            var expected = ExpectedFigures.Load(other.SourceId).Sum(d => d.Figures.Count);
            var stored = await storage.Observations.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"SourceId eq {other.SourceId}")).ToListAsync();
            Assert.True(stored.Count >= expected, $"{other.SourceId}: {stored.Count} observations stored, {expected} expected");
        }

        Assert.Empty(await Tables.MissingFromArchiveAsync(storage, upstream));
        await using var app = await App.StartAsync(settings);
        Assert.Equal("failed", (await app.RunsAsync(Source))[0].GetProperty("outcome").GetString());
        Assert.Equal("succeeded", (await app.RunsAsync(others[0].SourceId))[0].GetProperty("outcome").GetString());
    }

    /// <summary>What the parser reads from the page's UTF-8 text, served as the publisher labels it.</summary>
    private static IReadOnlyList<(string Indicator, string Measure, string Period, string? Site, long? Value, string Quote)> ReadAsUtf8(ExpectedFigures.Document document, string month)
    {
        var (content, contentType) = Documents.ReportPage(month, "utf-8", charsetHeader: true, charsetMeta: false);
        var title = DateOnly.ParseExact(month + "-01", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture).ToString("MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
        var result = MigrationFeeds.Pipeline.Sources.ParserCatalog.UnhcrBihOperationalUpdate.Parse(content, new DocumentContext
        {
            Url = document.Url,
            ContentType = contentType,
            DefaultCountry = Countries.BosniaAndHerzegovina,
            Title = "Bosnia and Herzegovina Operational Update – " + title,
            Published = document.Published,
        });
        Assert.NotEmpty(result.Figures);
        return [.. result.Figures.Select(f => (f.Indicator, f.Measure, f.Period, f.Site, f.Value, f.Quote))];
    }

    private static string? NullIfDash(string? site) => site is null or "-" ? null : site;
}
