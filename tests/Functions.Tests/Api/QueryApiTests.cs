using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Pipeline.Series;
using MigrationFeeds.Pipeline.Storage;
using MigrationFeeds.TestSupport;

namespace MigrationFeeds.Functions.Tests.Api;

/// <summary>
/// The query API over stored observations from several sources: precedence, a conflict, a revision, the region,
/// CSV with HXL, the history of a point and paging. State is written with the app's own stores, then read over HTTP.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class QueryApiTests(AzuriteServer azurite)
{
    private static readonly Dictionary<string, string?> Precedence = new()
    {
        ["Series:Precedence:BIH:arrivals"] = "national-test,unhcr-test",
    };

    [Fact]
    public async Task Series_SourcesDisagree_ChoosesByPrecedenceFlagsConflictAndListsTheOther()
    {
        await using var app = await StartWithStateAsync();

        var point = (await GetJsonAsync(app, "api/series?indicator=arrivals&country=BIH&from=2022-10&to=2022-10")).GetProperty("points")[0];

        Assert.Equal("national-test", point.GetProperty("source").GetString());
        Assert.Equal(2401, point.GetProperty("value").GetInt32());
        Assert.True(point.GetProperty("conflict").GetBoolean());
        var other = point.GetProperty("alternatives")[0];
        Assert.Equal("unhcr-test", other.GetProperty("source").GetString());
        Assert.Equal(2600, other.GetProperty("value").GetInt32());
        Assert.Equal("https://example.org/unhcr-test/2022-11-18.pdf", other.GetProperty("provenance")[0].GetProperty("documentUrl").GetString());
        var flag = point.GetProperty("flags")[0];
        Assert.Equal("conflict", flag.GetProperty("code").GetString());
        Assert.Contains("2,600 (unhcr-test)", flag.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("https://example.org/unhcr-test/2022-11-18.pdf", flag.GetProperty("compared")[0].GetProperty("documentUrl").GetString());
    }

    [Theory]
    [InlineData("2022-12-01", 2367)]
    [InlineData("2022-12-20", 2401)]
    public async Task Series_AsOf_ServesWhatWasKnownThen(string asOf, int expected)
    {
        await using var app = await StartWithStateAsync();

        var body = await GetJsonAsync(app, $"api/series?indicator=arrivals&country=BIH&from=2022-10&to=2022-10&asOf={asOf}");

        Assert.Equal(expected, body.GetProperty("points")[0].GetProperty("value").GetInt32());
        Assert.Equal(asOf, body.GetProperty("asOf").GetString());
    }

    [Fact]
    public async Task Series_RegionWithMissingCountries_IsIncompleteWithCoverage()
    {
        await using var app = await StartWithStateAsync();

        var point = (await GetJsonAsync(app, "api/series?indicator=arrivals&country=WB6&from=2022-10&to=2022-10")).GetProperty("points")[0];

        Assert.Equal("WB6", point.GetProperty("country").GetString());
        Assert.Equal(2401 + 1500, point.GetProperty("value").GetInt32());
        Assert.False(point.GetProperty("complete").GetBoolean());
        Assert.Equal(["BIH", "SRB"], point.GetProperty("coverage").EnumerateArray().Select(c => c.GetString()));
    }

    [Fact]
    public async Task Series_DerivedFromCumulative_IsMarkedDerivedWithBothInputs()
    {
        await using var app = await StartWithStateAsync();

        var point = (await GetJsonAsync(app, "api/series?indicator=asylum_intentions&country=SRB&from=2022-10&to=2022-10")).GetProperty("points")[0];

        Assert.Equal(700, point.GetProperty("value").GetInt32());
        Assert.True(point.GetProperty("derived").GetBoolean());
        Assert.Equal(2, point.GetProperty("inputs").GetArrayLength());
    }

    [Fact]
    public async Task Series_CsvWithHxl_ParsesBackToTheSameValues()
    {
        await using var app = await StartWithStateAsync();

        using var response = await app.Client.GetAsync(new Uri("api/series?indicator=arrivals&country=BIH,SRB&from=2022-10&to=2022-10&format=csv&hxl=true", UriKind.Relative));
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var header = lines[0].Split(',');
        var hxl = lines[1].Split(',');
        Assert.Equal(header.Length, hxl.Length);
        Assert.Equal("#country+code", hxl[Array.IndexOf(header, "country")]);
        Assert.Equal("#date", hxl[Array.IndexOf(header, "period")]);
        Assert.All(hxl, tag => Assert.StartsWith("#", tag, StringComparison.Ordinal));
        var rows = lines.Skip(2).Select(l => Csv(l)).ToList();
        Assert.Equal(2, rows.Count);
        var bih = rows.Single(r => r[Array.IndexOf(header, "country")] == "BIH");
        Assert.Equal("2401", bih[Array.IndexOf(header, "value")]);
        Assert.Equal("true", bih[Array.IndexOf(header, "conflict")]);
        Assert.Equal("national-test says 2401 for 2022-10", bih[Array.IndexOf(header, "quote")]);
        Assert.Equal("conflict", bih[Array.IndexOf(header, "flags")]);
        Assert.Equal("", rows.Single(r => r[Array.IndexOf(header, "country")] == "SRB")[Array.IndexOf(header, "flags")]);
    }

    [Fact]
    public async Task Series_WithoutFromAndTo_AnswersTheWholeAvailableRange()
    {
        await using var app = await StartWithStateAsync();

        var body = await GetJsonAsync(app, "api/series?indicator=arrivals&country=BIH");

        Assert.Equal(["2022-10"], body.GetProperty("points").EnumerateArray().Select(p => p.GetProperty("period").GetString()));
        Assert.Equal("2022-10", body.GetProperty("from").GetString());
        Assert.Equal("2022-10", body.GetProperty("to").GetString());
    }

    [Theory]
    [InlineData("from=2022&to=2022", 1)]
    [InlineData("from=2022-10-15&to=2022-10-31", 1)]
    [InlineData("from=2022-11-01", 0)]
    [InlineData("to=2021", 0)]
    [InlineData("from=2021&to=2022-10", 1)]
    public async Task Series_YearMonthAndDayBounds_SelectTheirMonths(string range, int points)
    {
        await using var app = await StartWithStateAsync();

        var body = await GetJsonAsync(app, "api/series?indicator=arrivals&country=BIH&" + range);

        Assert.Equal(points, body.GetProperty("points").GetArrayLength());
    }

    [Fact]
    public async Task Series_SeveralIndicators_EachPointNamesItsIndicator()
    {
        await using var app = await StartWithStateAsync();

        var body = await GetJsonAsync(app, "api/series?indicator=arrivals,asylum_intentions&country=SRB");

        var byIndicator = body.GetProperty("points").EnumerateArray()
            .ToDictionary(p => p.GetProperty("indicator").GetString()!, p => p.GetProperty("value").GetInt32());
        Assert.Equal(1500, byIndicator["arrivals"]);
        Assert.Equal(700, byIndicator["asylum_intentions"]);
        Assert.Equal(["arrivals", "asylum_intentions"], body.GetProperty("indicators").EnumerateArray().Select(i => i.GetProperty("code").GetString()));
        Assert.Equal(JsonValueKind.Null, body.GetProperty("unit").ValueKind);
    }

    [Fact]
    public async Task Series_SeveralIndicatorsAsCsv_HasARowPerIndicatorAndMonth()
    {
        await using var app = await StartWithStateAsync();

        using var response = await app.Client.GetAsync(new Uri("api/series?indicator=arrivals,asylum_intentions&country=SRB&format=csv", UriKind.Relative));
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        var header = Csv(lines[0]);
        Assert.Equal(["arrivals", "asylum_intentions"], lines.Skip(1).Select(l => Csv(l)[header.IndexOf("indicator")]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Observations_WithoutFromAndTo_ListEveryObservation()
    {
        await using var app = await StartWithStateAsync();

        var page = await GetJsonAsync(app, "api/observations?indicator=arrivals&country=BIH");

        Assert.Equal(3, page.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Coverage_ListsFirstAndLastPeriodAndPointsPerCountryIndicatorAndSource()
    {
        await using var app = await StartWithStateAsync();

        var body = await GetJsonAsync(app, "api/coverage");
        var entries = body.GetProperty("coverage").EnumerateArray().ToList();

        var national = Assert.Single(entries, e => e.GetProperty("country").GetString() == "BIH" && e.GetProperty("source").GetString() == "national-test");
        Assert.Equal("arrivals", national.GetProperty("indicator").GetString());
        Assert.Equal("2022-10", national.GetProperty("firstPeriod").GetString());
        Assert.Equal("2022-10", national.GetProperty("lastPeriod").GetString());
        Assert.Equal(1, national.GetProperty("points").GetInt32());
        Assert.Equal(2, national.GetProperty("observations").GetInt32());
        Assert.Equal(
            """{"country":"BIH","indicator":"arrivals","source":"national-test","firstPeriod":"2022-10","lastPeriod":"2022-10","points":1,"observations":2}""",
            national.GetRawText());
        var intentions = Assert.Single(entries, e => e.GetProperty("indicator").GetString() == "asylum_intentions");
        Assert.Equal("2022-01", intentions.GetProperty("firstPeriod").GetString());
        Assert.Equal("2022-10", intentions.GetProperty("lastPeriod").GetString());
        Assert.Equal(2, intentions.GetProperty("points").GetInt32());
        Assert.Equal(4, entries.Count);
    }

    [Fact]
    public async Task Coverage_FilteredByCountryAndIndicator_ListsOnlyThose()
    {
        await using var app = await StartWithStateAsync();

        var body = await GetJsonAsync(app, "api/coverage?country=SRB&indicator=arrivals");

        var only = Assert.Single(body.GetProperty("coverage").EnumerateArray());
        Assert.Equal("unhcr-test", only.GetProperty("source").GetString());
    }

    [Fact]
    public async Task Series_Region_MarksSumsOfDifferentDefinitionsAndServesTheRouteSeriesBesideIt()
    {
        await using var app = await StartWithStateAsync(
            Of("kirs-srb", "SRB", Indicators.Arrivals, Measures.Month, "2022-09", 900, "2022-10-10"),
            Of("national-test", "BIH", Indicators.Arrivals, Measures.Month, "2022-09", 2000, "2022-10-12"),
            Of("frontex-wb-route", "WB6", Indicators.Arrivals, Measures.Month, "2022-10", 5000, "2022-11-14"));

        var body = await GetJsonAsync(app, "api/series?indicator=arrivals&country=WB6");

        var sums = body.GetProperty("points").EnumerateArray().ToDictionary(p => p.GetProperty("period").GetString()!);
        Assert.Equal(2900, sums["2022-09"].GetProperty("value").GetInt32());
        Assert.False(sums["2022-09"].TryGetProperty("definition", out _));
        Assert.Equal(["arrivals.centre-admissions", "arrivals.detected"], sums["2022-09"].GetProperty("mixedDefinitions").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal(3901, sums["2022-10"].GetProperty("value").GetInt32());
        Assert.Equal("arrivals.detected", sums["2022-10"].GetProperty("definition").GetString());
        Assert.False(sums["2022-10"].TryGetProperty("mixedDefinitions", out _));
        var route = Assert.Single(body.GetProperty("regional").EnumerateArray());
        Assert.Equal("frontex-wb-route", route.GetProperty("source").GetString());
        Assert.Equal("Frontex: Detections of illegal border crossings, Western Balkan route", route.GetProperty("name").GetString());
        Assert.Equal("arrivals.route-detections", route.GetProperty("definition").GetString());
        var point = Assert.Single(route.GetProperty("points").EnumerateArray());
        Assert.Equal((5000, "arrivals.route-detections"), (point.GetProperty("value").GetInt32(), point.GetProperty("definition").GetString()));
    }

    [Fact]
    public async Task Series_Region_CsvAndXlsx_CarryTheRouteSeriesBesideTheSumUnderItsName()
    {
        await using var app = await StartWithStateAsync(
            Of("kirs-srb", "SRB", Indicators.Arrivals, Measures.Month, "2022-10", 900, "2022-11-10"),
            Of("frontex-wb-route", "WB6", Indicators.Arrivals, Measures.Month, "2022-10", 5000, "2022-11-14"));
        const string Route = "Frontex: Detections of illegal border crossings, Western Balkan route";

        var text = await app.Client.GetStringAsync(new Uri("api/series?indicator=arrivals&country=WB6&format=csv", UriKind.Relative));
        using var xlsx = await app.Client.GetAsync(new Uri("api/series?indicator=arrivals&country=WB6&format=xlsx", UriKind.Relative));

        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var header = Csv(lines[0]);
        var rows = lines.Skip(1).Select(Csv).ToList();
        var route = Assert.Single(rows, r => r[header.IndexOf("series")] == Route);
        Assert.Equal(("WB6", "2022-10", "5000", "frontex-wb-route", "arrivals.route-detections"),
            (route[header.IndexOf("country")], route[header.IndexOf("period")], route[header.IndexOf("value")], route[header.IndexOf("source")], route[header.IndexOf("definition")]));
        var sum = Assert.Single(rows, r => r[header.IndexOf("series")] == "");
        Assert.Equal(("WB6", "true"), (sum[header.IndexOf("country")], sum[header.IndexOf("derived")]));
        Assert.NotEqual("5000", sum[header.IndexOf("value")]);

        using var workbook = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()), false);
        var part = workbook.WorkbookPart!;
        var sheets = part.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().ToList();
        string[][] Sheet(int i) => [.. ((DocumentFormat.OpenXml.Packaging.WorksheetPart)part.GetPartById(sheets[i].Id!)).Worksheet
            .Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>()
            .Select(r => r.Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>().Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? "").ToArray())];
        var data = Sheet(0);
        var routeRow = Assert.Single(data, r => r[Array.IndexOf(data[0], "series")] == Route);
        Assert.Equal("5000", routeRow[Array.IndexOf(data[0], "value")]);
        Assert.Contains(Sheet(1), r => r[0] == "frontex-wb-route");
        Assert.Contains(Sheet(2), n => n[0].Contains(Route, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Catalog_GivesEachSourcesIndicatorsADefinitionIdAndSentence()
    {
        await using var app = await StartWithStateAsync();

        var sources = (await GetJsonAsync(app, "api/catalog")).GetProperty("sources").EnumerateArray().ToDictionary(s => s.GetProperty("id").GetString()!);

        var serbia = sources["unhcr-serbia-update"].GetProperty("definitions").EnumerateArray().Single(d => d.GetProperty("indicator").GetString() == "arrivals");
        var bih = sources["bih-sfa-monthly"].GetProperty("definitions").EnumerateArray().Single(d => d.GetProperty("indicator").GetString() == "arrivals");
        Assert.Equal("arrivals.centre-admissions", serbia.GetProperty("id").GetString());
        Assert.Equal("arrivals.detected", bih.GetProperty("id").GetString());
        Assert.Contains("centres", serbia.GetProperty("sentence").GetString(), StringComparison.Ordinal);
        Assert.All(sources.Values, s => Assert.Equal(s.GetProperty("indicators").GetArrayLength(), s.GetProperty("definitions").GetArrayLength()));
    }

    [Fact]
    public async Task Series_EachPoint_CarriesACitationWithPublisherTitlePageDateAddressAndRetrievalDay()
    {
        await using var app = await StartCitedAsync();

        var point = (await GetJsonAsync(app, "api/series?indicator=capacity&country=BIH")).GetProperty("points")[0];

        Assert.Equal(
            "UNHCR. \"Bosnia and Herzegovina: Operational Update, May 2023\", p. 1. Published 2023-06-20. "
            + "https://example.org/unhcr-bih-operational-update/2023-06-20.pdf. Retrieved via MigrationFeeds on 2026-03-04.",
            point.GetProperty("citation").GetString());
        Assert.Equal("UNHCR", point.GetProperty("provenance").GetProperty("publisher").GetString());
    }

    [Fact]
    public async Task Series_Csv_HasPublisherTitlePublishedUnitDefinitionAndCitationColumns_AndABomWhenAsked()
    {
        await using var app = await StartCitedAsync();

        var bytes = await app.Client.GetByteArrayAsync(new Uri("api/series?indicator=capacity&country=BIH&format=csv&bom=true", UriKind.Relative));
        var plain = await app.Client.GetByteArrayAsync(new Uri("api/series?indicator=capacity&country=BIH&format=csv", UriKind.Relative));

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.NotEqual(0xEF, plain[0]);
        var lines = System.Text.Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var header = Csv(lines[0]);
        var row = Csv(lines[1]);
        Assert.Equal(header.Count, row.Count);
        Assert.Equal("UNHCR", row[header.IndexOf("publisher")]);
        Assert.Equal("Bosnia and Herzegovina: Operational Update, May 2023", row[header.IndexOf("document_title")]);
        Assert.Equal("2023-06-20", row[header.IndexOf("published")]);
        Assert.Equal("places", row[header.IndexOf("unit")]);
        Assert.Equal("capacity", row[header.IndexOf("definition")]);
        Assert.Equal("Ušivak, \"Borići\" and others say 2300", row[header.IndexOf("quote")]);
        Assert.StartsWith("UNHCR. ", row[header.IndexOf("citation")], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Series_Xlsx_IsAWorkbookWithDataSourcesAndNotesSheets()
    {
        await using var app = await StartCitedAsync();

        using var response = await app.Client.GetAsync(new Uri("api/series?indicator=capacity&country=BIH&format=xlsx", UriKind.Relative));
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        using var workbook = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var part = workbook.WorkbookPart!;
        var sheets = part.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().ToList();
        Assert.Equal(["data", "sources", "notes"], sheets.Select(s => s.Name!.Value));
        string[][] Rows(int i) => [.. ((DocumentFormat.OpenXml.Packaging.WorksheetPart)part.GetPartById(sheets[i].Id!)).Worksheet
            .Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>()
            .Select(r => r.Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>().Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? "").ToArray())];
        var data = Rows(0);
        Assert.Equal("2300", data[1][Array.IndexOf(data[0], "value")]);
        Assert.Equal("Ušivak, \"Borići\" and others say 2300", data[1][Array.IndexOf(data[0], "quote")]);
        Assert.Equal(["unhcr-bih-operational-update", "UNHCR", "Bosnia and Herzegovina: Operational Update, May 2023", "2023-06-20", "https://example.org/unhcr-bih-operational-update/2023-06-20.pdf"], Rows(1)[1]);
        Assert.Contains(Rows(2), n => n[0].Contains("retrieved on 2026-03-04", StringComparison.Ordinal));
    }

    /// <summary>One figure of a known source whose document is recorded with its title, served on a fixed day.</summary>
    private async Task<RunningApp> StartCitedAsync()
    {
        var app = await RunningApp.StartAsync(azurite, configure: b => b.Services.AddSingleton<TimeProvider>(new FixedTime(new DateTimeOffset(2026, 3, 4, 9, 0, 0, TimeSpan.Zero))));
        var row = Of("unhcr-bih-operational-update", "BIH", Indicators.Capacity, Measures.Stock, "2023-05", 2300, "2023-06-20") with { };
        row = row with { Provenance = row.Provenance with { Quote = "Ušivak, \"Borići\" and others say 2300" } };
        await app.Services.GetRequiredService<DocumentStore>().SaveAsync(new DocumentState
        {
            SourceId = row.Provenance.SourceId, Url = new Uri(row.Provenance.DocumentUrl), Role = "primary", ContentType = "application/pdf", Sha256 = row.Provenance.DocumentSha256,
            RetrievedAt = row.Provenance.RetrievedAt, Title = "Bosnia and Herzegovina: Operational Update, May 2023", Published = row.Provenance.Published, Status = "parsed",
        }, CancellationToken.None);
        await app.Services.GetRequiredService<ObservationStore>().WriteAsync([row], CancellationToken.None);
        await app.Services.GetRequiredService<SeriesMaterializer>().RefreshAsync([new SeriesKey(CountryCode.BosniaAndHerzegovina, Indicator.Capacity)], CancellationToken.None);
        return app;
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    [Fact]
    public async Task Points_History_ListsEveryValueInPublicationOrder()
    {
        await using var app = await StartWithStateAsync();

        var body = await GetJsonAsync(app, "api/points/arrivals/BIH/2022-10");

        Assert.Equal([2367, 2600, 2401], body.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("value").GetInt32()));
        Assert.Equal(2401, body.GetProperty("current").GetProperty("value").GetInt32());
    }

    [Fact]
    public async Task Points_History_IsServedAsTheSameText()
    {
        await using var app = await StartWithStateAsync();

        var text = await app.Client.GetStringAsync(new Uri("api/points/arrivals/BIH/2022-10", UriKind.Relative));
        using var body = JsonDocument.Parse(text);

        // The point's codes and month as they were always written, in the same order, and the current point's own.
        Assert.StartsWith("""{"indicator":"arrivals","country":"BIH","period":"2022-10","current":{"country":"BIH","site":null,"period":"2022-10","value":2401,""", text, StringComparison.Ordinal);
        Assert.Contains(""","coverage":null,"indicator":"arrivals","definition":"arrivals.detected","citation":""", body.RootElement.GetProperty("current").GetRawText(), StringComparison.Ordinal);
        Assert.Equal(
            """{"sourceId":"national-test","documentUrl":"https://example.org/national-test/2022-11-05.pdf","documentSha256":"98923c3fdc3174c206081e677f2b3861cf49d3f62470eaeb614edc2f44f6e6de","page":1,"quote":"national-test says 2367 for 2022-10","measure":"month","period":"2022-10","value":2367,"low":null,"high":null,"published":"2022-11-05","retrievedAt":"2022-11-05T12:00:00+00:00","parserVersion":"test","confidence":1}""",
            body.RootElement.GetProperty("history")[0].GetRawText());
    }

    [Fact]
    public async Task Points_NoFigure_Is404()
    {
        await using var app = await StartWithStateAsync();
        using var response = await app.Client.GetAsync(new Uri("api/points/arrivals/MNE/2022-10", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Observations_Paged_ReturnsEveryRowOnceAcrossPages()
    {
        await using var app = await StartWithStateAsync();

        var values = new List<int>();
        string? token = null;
        var pages = 0;
        do
        {
            var url = "api/observations?indicator=arrivals&country=BIH&from=2022-01&to=2022-12&pageSize=1" + (token is null ? "" : "&continuationToken=" + Uri.EscapeDataString(token));
            var page = await GetJsonAsync(app, url);
            values.AddRange(page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("provenance").GetProperty("value").GetInt32()));
            token = page.GetProperty("continuationToken").GetString();
            pages++;
        }
        while (token is not null && pages < 10);

        Assert.Equal([2367, 2401, 2600], values.Order());
    }

    [Fact]
    public async Task Catalog_And_Status_DescribeTheSources()
    {
        await using var app = await StartWithStateAsync();

        var catalog = await GetJsonAsync(app, "api/catalog");
        var status = await GetJsonAsync(app, "api/status");

        Assert.Contains(catalog.GetProperty("indicators").EnumerateArray(), i => i.GetProperty("code").GetString() == "occupancy_rate" && i.GetProperty("derived").GetBoolean());
        Assert.Contains(catalog.GetProperty("sources").EnumerateArray(), s => s.GetProperty("id").GetString() == "unhcr-bih-operational-update");
        Assert.Contains(status.GetProperty("sources").EnumerateArray(), s => s.GetProperty("id").GetString() == "unhcr-bih-operational-update");
    }

    [Fact]
    public async Task OpenApi_DescribesExactlyTheRoutesTheRunnerServes()
    {
        await using var app = await StartWithStateAsync();

        var document = await GetJsonAsync(app, "api/openapi.json");
        var documented = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToList();
        var served = app.RoutePatterns.Order(StringComparer.Ordinal).ToList();

        Assert.Equal("3.1.0", document.GetProperty("openapi").GetString());
        Assert.Equal(served, documented);
        var seriesParameters = document.GetProperty("paths").GetProperty("/api/series").GetProperty("get").GetProperty("parameters")
            .EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "indicator", "country", "site", "from", "to", "asOf", "source", "format", "hxl", "bom", "If-None-Match" }, seriesParameters);
    }

    [Theory]
    [InlineData("api/series?indicator=arrivals&country=BIH&from=2022-01&to=2022-02&format=xml", "format")]
    [InlineData("api/series?indicator=arrivals&country=BIH&format=csv&bom=maybe", "bom")]
    [InlineData("api/series?indicator=arrivals&country=BIH&from=2022-01&to=2022-02&hxl=perhaps", "hxl")]
    [InlineData("api/series?indicator=arrivals&country=BIH&from=2022-01&to=2022-02&asOf=yesterday", "asOf")]
    [InlineData("api/series?indicator=arrivals&country=BIH&from=2022-01&to=2022-02&source=a'b", "source")]
    [InlineData("api/series?indicator=arrivals&country=BIH&from=1900-01&to=2022-02", "from")]
    [InlineData("api/observations?indicator=arrivals&country=BIH&from=2022-01&to=2022-02&pageSize=0", "pageSize")]
    [InlineData("api/observations?indicator=arrivals&country=BIH,SRB&from=2022-01&to=2022-02", "country")]
    [InlineData("api/observations?indicator=arrivals&country=BIH&from=2022-01&to=2022-02&continuationToken=not-a-token", "continuationToken")]
    [InlineData("api/observations?indicator=arrivals&country=BIH&from=2022-01&to=2022-02&continuationToken=U1JCfGFycml2YWxzIDIwMjI", "continuationToken")]
    [InlineData("api/points/arrivals/BIH/2022-13", "period")]
    [InlineData("api/points/nothing/BIH/2022-10", "indicator")]
    [InlineData("api/status?runs=1000", "runs")]
    [InlineData("api/series?indicator=arrivals&country=BIH&source=nowhere", "source")]
    [InlineData("api/series?indicator=arrivals&country=BIH&frm=2022-01", "frm")]
    [InlineData("api/series?indicator=arrivals,refugees&country=BIH", "indicator")]
    [InlineData("api/series?indicator=arrivals&country=BIH&from=2022-1", "from")]
    [InlineData("api/series?indicator=arrivals&country=BIH&to=2022-02-30", "to")]
    [InlineData("api/observations?indicator=arrivals&country=BIH&source=nowhere", "source")]
    [InlineData("api/observations?indicator=arrivals&country=BIH&site=Borici", "site")]
    [InlineData("api/observations?indicator=arrivals,capacity&country=BIH", "indicator")]
    [InlineData("api/points/arrivals/BIH/2022", "period")]
    [InlineData("api/coverage?country=HRV", "country")]
    [InlineData("api/coverage?indicators=arrivals", "indicators")]
    public async Task BadParameter_Is400ProblemNamingIt(string url, string parameter)
    {
        await using var app = await StartWithStateAsync();

        using var response = await app.Client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(parameter, out _), problem.RootElement.ToString());
    }

    private async Task<RunningApp> StartWithStateAsync(params Observation[] more)
    {
        var app = await RunningApp.StartAsync(azurite, Precedence);
        await StoredState.WriteAsync(app,
        [
            Of("national-test", "BIH", Indicators.Arrivals, Measures.Month, "2022-10", 2367, "2022-11-05"),
            Of("unhcr-test", "BIH", Indicators.Arrivals, Measures.Month, "2022-10", 2600, "2022-11-18"),
            Of("national-test", "BIH", Indicators.Arrivals, Measures.Month, "2022-10", 2401, "2022-12-20"),
            Of("unhcr-test", "SRB", Indicators.Arrivals, Measures.Month, "2022-10", 1500, "2022-11-18"),
            Of("unhcr-test", "SRB", Indicators.AsylumIntentions, Measures.Cumulative, "2022-01/2022-09", 6300, "2022-10-20"),
            Of("unhcr-test", "SRB", Indicators.AsylumIntentions, Measures.Cumulative, "2022-01/2022-10", 7000, "2022-11-18"),
            .. more,
        ]);
        return app;
    }

    private static Observation Of(string source, string country, string indicator, string measure, string period, long value, string published) =>
        StoredState.Of(source, country, indicator, measure, period, value, published);

    private static async Task<JsonElement> GetJsonAsync(RunningApp app, string url)
    {
        using var response = await app.Client.GetAsync(new Uri(url, UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static List<string> Csv(string line)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }
}
