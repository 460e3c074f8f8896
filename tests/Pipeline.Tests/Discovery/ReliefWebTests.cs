using System.Text;
using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Pipeline.Discovery;

namespace MigrationFeeds.Pipeline.Tests.Discovery;

public sealed class ReliefWebTests
{
    [Fact]
    public void ToUri_CarriesAppNameFiltersAndPaging()
    {
        var query = new ReliefWebQuery { CountryIso3 = "BIH", SourceShortName = "UNHCR", TitlePhrase = "Operational Update" };

        var uri = query.ToUri(new Uri("https://api.reliefweb.int/v2/"), "migrationfeeds-x1", 100, 200);
        var text = Uri.UnescapeDataString(uri.Query);

        Assert.Equal("/v2/reports", uri.AbsolutePath);
        Assert.Contains("appname=migrationfeeds-x1", text, StringComparison.Ordinal);
        Assert.Contains("offset=200", text, StringComparison.Ordinal);
        Assert.Contains("filter[conditions][0][value]=bih", text, StringComparison.Ordinal);
        Assert.Contains("query[value]=Operational Update", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ToUri_PublishedSince_FiltersOnTheOriginalDate()
    {
        var query = new ReliefWebQuery { CountryIso3 = "srb", SourceShortName = "UNHCR", TitlePhrase = "Kosovo", PublishedSince = new DateOnly(2023, 1, 1) };

        var text = Uri.UnescapeDataString(query.ToUri(new Uri("https://api.reliefweb.int/v2/"), "x", 100, 0).Query);

        Assert.Contains("filter[conditions][2][field]=date.original&filter[conditions][2][value][from]=2023-01-01T00:00:00Z", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ToUri_WithoutPublishedSince_HasNoDateCondition()
    {
        var query = new ReliefWebQuery { CountryIso3 = "bih", SourceShortName = "UNHCR", TitlePhrase = "Operational Update" };

        Assert.DoesNotContain("date.original&", Uri.UnescapeDataString(query.ToUri(new Uri("https://api.reliefweb.int/v2/"), "x", 100, 0).Query), StringComparison.Ordinal);
    }

    [Fact]
    public void Redact_RemovesAppName()
    {
        var redacted = ListingFetcher.Redact(new Uri("https://api.reliefweb.int/v2/reports?appname=secret-app&limit=1"));
        Assert.DoesNotContain("secret-app", redacted, StringComparison.Ordinal);
        Assert.Contains("limit=1", redacted, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Listing_ReturnsReportsWithPdfAndDate()
    {
        var json = """
            {"totalCount":1,"count":1,"data":[{"id":"3900001","fields":{"id":3900001,"title":"UNHCR BiH Operational Update, October 2022",
            "url":"https://reliefweb.int/node/3900001","url_alias":"https://reliefweb.int/report/bosnia-and-herzegovina/oct",
            "date":{"original":"2022-11-25T00:00:00+00:00","created":"2022-11-26T10:00:00+00:00"},
            "file":[{"url":"https://reliefweb.int/attachments/u/oct.pdf","mimetype":"application/pdf","filename":"oct.pdf"}]}}]}
            """;

        var page = ReliefWebListingReader.Read(Encoding.UTF8.GetBytes(json));

        Assert.Equal(1, page.TotalCount);
        var report = Assert.Single(page.Reports);
        Assert.Equal(new DateOnly(2022, 11, 25), report.Published);
        Assert.Equal("https://reliefweb.int/report/bosnia-and-herzegovina/oct", report.PageUrl.AbsoluteUri);
        var documents = ReliefWebDocuments.FromReports(page.Reports, CountryCode.BosniaAndHerzegovina);
        Assert.Equal(["https://reliefweb.int/attachments/u/oct.pdf", "https://reliefweb.int/report/bosnia-and-herzegovina/oct"], documents.Select(d => d.Url.AbsoluteUri));
        Assert.Equal([DocumentRole.Primary, DocumentRole.Companion], documents.Select(d => d.Role));
    }

    private const string ListingWithText = """
        {"totalCount":2,"count":2,"data":[
        {"id":"1","fields":{"title":"Bosnia and Herzegovina Operational Update - May 2022","url_alias":"https://reliefweb.int/report/bosnia-and-herzegovina/may",
         "date":{"original":"2022-06-16T00:00:00+00:00"},"body":"ignored when body-html is there",
         "body-html":"<p>2,010 migrants and asylum-seekers arrived irregularly in BiH in May.</p>\n<p>1,735 were accommodated.</p>",
         "file":[{"url":"https://reliefweb.int/attachments/a/may.pdf","mimetype":"application/pdf"}]}},
        {"id":"2","fields":{"title":"Operational Update - June 2022","url_alias":"https://reliefweb.int/report/bosnia-and-herzegovina/june",
         "date":{"original":"2022-07-20T00:00:00+00:00"},"body":"2,273 arrived in June.\n\nReception facilities hosted 2,056 <persons>.",
         "file":[{"url":"https://reliefweb.int/attachments/b/june.pdf","mimetype":"application/pdf"}]}}]}
        """;

    [Fact]
    public void Read_ListingWithReportText_KeepsBodyHtmlOrMakesParagraphsOfThePlainBody()
    {
        var page = ReliefWebListingReader.Read(Encoding.UTF8.GetBytes(ListingWithText));

        Assert.Equal("<p>2,010 migrants and asylum-seekers arrived irregularly in BiH in May.</p>\n<p>1,735 were accommodated.</p>", page.Reports[0].TextHtml);
        Assert.Equal("<p>2,273 arrived in June.</p>\n<p>Reception facilities hosted 2,056 &lt;persons&gt;.</p>\n", page.Reports[1].TextHtml);
    }

    [Fact]
    public void FromReports_TextCarriesFigures_ParsesTheTextInThePagesPlaceBesideItsPdf()
    {
        var page = ReliefWebListingReader.Read(Encoding.UTF8.GetBytes(ListingWithText));

        var documents = ReliefWebDocuments.FromReports(page.Reports, CountryCode.BosniaAndHerzegovina, readText: true);

        Assert.Equal([DocumentRole.Primary, DocumentRole.ReportText, DocumentRole.Primary, DocumentRole.ReportText], documents.Select(d => d.Role));
        var text = documents[1];
        Assert.Equal("https://reliefweb.int/report/bosnia-and-herzegovina/may", text.Url.AbsoluteUri);
        Assert.Equal(documents[0].Url, text.TextOf);
        Assert.Equal(new DateOnly(2022, 6, 16), text.Published);
        var html = Encoding.UTF8.GetString(text.Content!.Value.Span);
        Assert.Contains("<title>Bosnia and Herzegovina Operational Update - May 2022</title>", html, StringComparison.Ordinal);
        Assert.Contains("<p>2,010 migrants and asylum-seekers arrived irregularly in BiH in May.</p>", html, StringComparison.Ordinal);
        Assert.All(documents.Where(d => d.Role == DocumentRole.Primary), d => Assert.Null(d.Content));
    }

    [Fact]
    public void FromReports_TextNotRead_KeepsThePageAsACompanionToFetch()
    {
        var page = ReliefWebListingReader.Read(Encoding.UTF8.GetBytes(ListingWithText));

        var documents = ReliefWebDocuments.FromReports(page.Reports, CountryCode.BosniaAndHerzegovina);

        Assert.Equal([DocumentRole.Primary, DocumentRole.Companion, DocumentRole.Primary, DocumentRole.Companion], documents.Select(d => d.Role));
        Assert.All(documents, d => Assert.Null(d.Content));
    }

    // The shape of a real answer of the reports API (as a public repository's tests record one, see seeds/README.md):
    // a page of a longer listing with links.next, only date.original, only url_alias, file ids and sizes written as
    // strings, previews, several sources with a disclaimer, and a report that has no file at all. Content is ours.
    [Fact]
    public void Read_ListingInTheRealAnswersShape_CountsTheWholeListingAndKeepsReportsWithoutFiles()
    {
        var json = """
            {
              "time": 11,
              "href": "https://api.reliefweb.int/v1/reports?appname=x",
              "links": { "self": { "href": "https://api.reliefweb.int/v1/reports?appname=x" },
                "next": { "href": "https://api.reliefweb.int/v1/reports?appname=x&offset=2&limit=2" } },
              "took": 4,
              "totalCount": 14,
              "count": 2,
              "data": [
                {
                  "id": "3671001",
                  "score": 1,
                  "fields": {
                    "date": { "original": "2020-10-06T00:00:00+00:00" },
                    "file": [
                      {
                        "preview": {
                          "url-thumb": "https://reliefweb.int/sites/reliefweb.int/files/styles/m/public/resources-pdf-previews/1537001-update.png",
                          "url": "https://reliefweb.int/sites/reliefweb.int/files/resources-pdf-previews/1537001-update.png"
                        },
                        "filename": "UNHCR Serbia Update September 2020.pdf",
                        "description": "",
                        "mimetype": "application/pdf",
                        "id": "1537001",
                        "filesize": "612345",
                        "url": "https://reliefweb.int/sites/reliefweb.int/files/resources/UNHCR%20Serbia%20Update%20September%202020.pdf"
                      }
                    ],
                    "url_alias": "https://reliefweb.int/report/serbia/unhcr-serbia-monthly-update-september-2020",
                    "source": [
                      { "href": "https://api.reliefweb.int/v1/sources/2868", "name": "UN High Commissioner for Refugees", "id": 2868,
                        "type": { "name": "International Organization", "id": 272 }, "shortname": "UNHCR" },
                      { "href": "https://api.reliefweb.int/v1/sources/1255", "name": "International Organization for Migration", "id": 1255,
                        "type": { "name": "International Organization", "id": 272 }, "shortname": "IOM",
                        "disclaimer": "All rights reserved." }
                    ],
                    "title": "UNHCR Serbia Monthly Update, September 2020"
                  },
                  "href": "https://api.reliefweb.int/v1/reports/3671001"
                },
                {
                  "id": "3670990",
                  "score": 1,
                  "fields": {
                    "date": { "original": "2020-10-05T00:00:00+00:00" },
                    "url_alias": "https://reliefweb.int/report/serbia/serbia-snapshot-september-2020",
                    "source": [ { "href": "https://api.reliefweb.int/v1/sources/2868", "name": "UN High Commissioner for Refugees", "id": 2868, "shortname": "UNHCR" } ],
                    "title": "Serbia Snapshot, September 2020"
                  },
                  "href": "https://api.reliefweb.int/v1/reports/3670990"
                }
              ]
            }
            """;

        var page = ReliefWebListingReader.Read(Encoding.UTF8.GetBytes(json));

        Assert.Equal(14, page.TotalCount);
        Assert.Equal(["3671001", "3670990"], page.Reports.Select(r => r.Id));
        Assert.Equal([new DateOnly(2020, 10, 6), new DateOnly(2020, 10, 5)], page.Reports.Select(r => r.Published));
        var pdf = Assert.Single(page.Reports[0].Files);
        Assert.Equal("UNHCR Serbia Update September 2020.pdf", pdf.FileName);
        Assert.Empty(page.Reports[1].Files);
        var documents = ReliefWebDocuments.FromReports(page.Reports, CountryCode.Serbia);
        Assert.Equal(
            [
                "https://reliefweb.int/sites/reliefweb.int/files/resources/UNHCR%20Serbia%20Update%20September%202020.pdf",
                "https://reliefweb.int/report/serbia/unhcr-serbia-monthly-update-september-2020",
                "https://reliefweb.int/report/serbia/serbia-snapshot-september-2020",
            ],
            documents.Select(d => d.Url.AbsoluteUri));
        Assert.Equal([DocumentRole.Primary, DocumentRole.Companion, DocumentRole.Primary], documents.Select(d => d.Role));
    }

    [Theory]
    [InlineData("<html><body>Service unavailable</body></html>")]
    [InlineData("{\"error\":{\"status\":403,\"message\":\"appname not approved\"}}")]
    public void Read_NotAListing_Throws(string body)
    {
        Assert.Throws<InvalidDataException>(() => ReliefWebListingReader.Read(Encoding.UTF8.GetBytes(body)));
    }
}
