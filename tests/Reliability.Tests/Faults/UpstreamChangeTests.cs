using System.Text.Json;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Pipeline.Ingestion;
using MigrationFeeds.Reliability.Tests.Support;
using MigrationFeeds.TestSupport;

namespace MigrationFeeds.Reliability.Tests.Faults;

/// <summary>Upstream changes that are not errors on the wire: encodings, a new layout, one publisher down while the others answer.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class UpstreamChangeTests(AzuriteServer azurite)
{
    private const string Source = Harness.BihSource;

    public static TheoryData<string, bool, bool> Encodings => new()
    {
        { "windows-1250", true, false },
        { "windows-1250", false, true },
        { "utf-8", true, false },
        { "utf-8", false, false },
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public async Task ReportAsHtml_InAnyDeclaredEncoding_StoresTheSameFiguresAndReadableQuotes(string encoding, bool charsetHeader, bool charsetMeta)
    {
        await using var upstream = await FakeUpstream.StartAsync();
        var settings = Harness.LiveSettings(azurite, AzuriteServer.NewPrefix(), upstream);
        var document = ExpectedFigures.Load(Source).Select((d, i) => (d, i)).First(x => upstream.RecordedFile(x.d.Url).Contains("2021-11", StringComparison.Ordinal)).d;
        var (content, contentType) = Documents.ReportPage("2021-11", encoding, charsetHeader, charsetMeta);
        upstream.Inject(document.Url, new Fault.Body(content, contentType));

        var run = await FaultInjectionTests.IngestAsync(settings);

        Assert.Equal("succeeded", run.Row(Source)["outcome"]);
        await using var services = Harness.Create(settings);
        var rows = await Tables.ObservationsOfAsync(services.Storage(), Tables.Sha256(content));
        var reference = ReadAsUtf8(document);
        Assert.Equal(
            reference.Select(f => $"{f.Indicator} {f.Measure} {f.Period} {f.Site} {f.Value} {f.Quote}").Order(StringComparer.Ordinal),
            rows.Select(r => $"{r.GetString("Indicator")} {r.GetString("Measure")} {r.GetString("Period")} {NullIfDash(r.GetString("Site"))} {r.GetInt64("Value")} {r.GetString("Quote")}").Order(StringComparer.Ordinal));
        Assert.Contains(rows, r => r.GetString("Quote").Any(c => "čćšžđČĆŠŽĐ".Contains(c, StringComparison.Ordinal)) || (r.GetString("Site") ?? "").Any(c => "čćšžđČĆŠŽĐ".Contains(c, StringComparison.Ordinal)));
        Assert.DoesNotContain(rows, r => r.GetString("Quote").Contains('\uFFFD', StringComparison.Ordinal) || r.GetString("Quote").Contains('Ä', StringComparison.Ordinal) || r.GetString("Quote").Contains('Å', StringComparison.Ordinal));
        Assert.Empty(await Tables.MissingFromArchiveAsync(services.Storage(), upstream));
    }

    [Fact]
    public async Task LayoutChange_FewerOrNoFigures_WarnsForTheSourceAndStoresNoZeros()
    {
        await using var upstream = await FakeUpstream.StartAsync();
        var settings = Harness.LiveSettings(azurite, AzuriteServer.NewPrefix(), upstream);
        await FaultInjectionTests.IngestAsync(settings);
        var documents = ExpectedFigures.Load(Source);
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

        await using (var handler = await Handler.StartAsync(settings))
        {
            var last = (await handler.RunsAsync(Source))[0];
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
        var listing = JsonDocument.Parse(File.ReadAllText(RepoRoot.Combine("seeds", "snapshot", "index.json"))).RootElement
            .GetProperty("entries")[0].GetProperty("url").GetString()!;
        upstream.Inject(listing, new Fault.Status(503));
        await using var services = Harness.Create(settings, upstream);
        var ingest = services.GetRequiredService<IngestService>();

        var summaries = await ingest.RunAllAsync(CancellationToken.None);
        ReliabilityReport.RunCompleted(summaries.Count);

        Assert.Equal(RunOutcome.Failed, summaries.Single(s => s.SourceId == Source).Outcome);
        var others = summaries.Where(s => s.SourceId != Source).ToList();
        Assert.Equal(3, others.Count);
        var storage = services.Storage();
        foreach (var other in others)
        {
            Assert.Equal(RunOutcome.Succeeded, other.Outcome);
            var expected = ExpectedFigures.Load(other.SourceId).Sum(d => d.Figures.Count);
            var stored = await storage.Observations.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"SourceId eq {other.SourceId}")).ToListAsync();
            Assert.True(stored.Count >= expected, $"{other.SourceId}: {stored.Count} observations stored, {expected} expected");
        }

        Assert.Empty(await Tables.MissingFromArchiveAsync(storage, upstream));
        await using var handler = await Handler.StartAsync(settings);
        Assert.Equal("failed", (await handler.RunsAsync(Source))[0].GetProperty("outcome").GetString());
        Assert.Equal("succeeded", (await handler.RunsAsync(others[0].SourceId))[0].GetProperty("outcome").GetString());
    }

    /// <summary>What the parser reads from the page's UTF-8 text, served as the publisher labels it.</summary>
    private static IReadOnlyList<(string Indicator, string Measure, string Period, string? Site, long? Value, string Quote)> ReadAsUtf8(ExpectedFigures.Document document)
    {
        var (content, contentType) = Documents.ReportPage("2021-11", "utf-8", charsetHeader: true, charsetMeta: false);
        var result = MigrationFeeds.Pipeline.Sources.ParserCatalog.UnhcrBihOperationalUpdate.Parse(content, new DocumentContext
        {
            Url = document.Url,
            ContentType = contentType,
            DefaultCountry = Countries.BosniaAndHerzegovina,
            Title = "Bosnia and Herzegovina Operational Update – November 2021",
            Published = document.Published,
        });
        Assert.NotEmpty(result.Figures);
        return [.. result.Figures.Select(f => (f.Indicator, f.Measure, f.Period, f.Site, f.Value, f.Quote))];
    }

    private static string? NullIfDash(string? site) => site is null or "-" ? null : site;
}
