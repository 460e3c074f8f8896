using System.Text;
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
        var documents = ReliefWebDocuments.FromReports(page.Reports, "BIH");
        Assert.Equal(["https://reliefweb.int/attachments/u/oct.pdf", "https://reliefweb.int/report/bosnia-and-herzegovina/oct"], documents.Select(d => d.Url.AbsoluteUri));
        Assert.Equal([DocumentRole.Primary, DocumentRole.Companion], documents.Select(d => d.Role));
    }

    [Theory]
    [InlineData("<html><body>Service unavailable</body></html>")]
    [InlineData("{\"error\":{\"status\":403,\"message\":\"appname not approved\"}}")]
    public void Read_NotAListing_Throws(string body)
    {
        Assert.Throws<InvalidDataException>(() => ReliefWebListingReader.Read(Encoding.UTF8.GetBytes(body)));
    }
}
