using System.Text.Json;
using MigrationFeeds.Pipeline.Discovery;
using MigrationFeeds.Pipeline.Sources;
using MigrationFeeds.TestSupport;

namespace MigrationFeeds.Pipeline.Tests.Sources;

/// <summary>
/// The national publishers' older items have other addresses than today's (a former site, a daily bulletin, a
/// numbered page): discovery must find both forms, and still pass over the other links of a listing.
/// </summary>
public sealed class NationalSourcesDocumentLinkTests
{
    public static TheoryData<string, string, string> BothForms() => new()
    {
        {
            "mne-police",
            "https://www.upravapolicije.com/fleka/novosti.php?akcija=vijest&id=33602",
            "https://www.gov.me/clanak/neregularne-migracije-u-decembru-i-tokom-2022-godine"
        },
        {
            "mkd-mvr",
            "https://mvr.gov.mk/mk-MK/odnosi-so-javnost/dnevni-bilteni/izvadok-na-del-od-dnevnite-nastani-27022016",
            "https://mvr.gov.mk/mk-MK/odnosi-so-javnost/novosti/mesecna-informacija-za-migranti-maj-2023"
        },
        {
            "xkx-mia",
            "https://mpb.rks-gov.net/ap/page.aspx?id=1,15,2412",
            "https://mpb.rks-gov.net/Lajmi/statistikat-e-migrimit-dhe-azilit-per-muajin-dhjetor-2022"
        },
    };

    [Theory]
    [MemberData(nameof(BothForms))]
    public void Listing_WithTheOlderAndTheCurrentForm_YieldsBothWithTheirDates(string id, string older, string current)
    {
        var listing = Listing(id);
        var page = listing.IndexPages[0];
        var html = $"""
            <ul>
            <li><span>05.02.2019</span> <a href="{older}">older item</a></li>
            <li><span>10.01.2023</span> <a href="{current}">current item</a></li>
            <li><span>11.01.2023</span> <a href="{page.GetLeftPart(UriPartial.Authority)}/kontakt">contact</a></li>
            </ul>
            """;

        var links = IndexPageReader.Read(html, page, listing.DocumentLink);

        Assert.Equal([new Uri(older), new Uri(current)], links.Select(l => l.Url));
        Assert.Equal([new DateOnly(2019, 2, 5), new DateOnly(2023, 1, 10)], links.Select(l => l.Published));
    }

    [Theory]
    [MemberData(nameof(BothForms))]
    public void RecordedListingPages_LinkDocumentsOfBothForms(string id, string older, string current)
    {
        var listing = Listing(id);
        var folder = RepoRoot.Combine("seeds", "snapshot", id);
        using var index = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "index.json")));
        var files = index.RootElement.GetProperty("entries").EnumerateArray()
            .ToDictionary(e => e.GetProperty("url").GetString()!, e => e.GetProperty("file").GetString()!);

        var found = listing.IndexPages
            .SelectMany(p => IndexPageReader.Read(File.ReadAllText(Path.Combine(folder, files[p.OriginalString])), p, listing.DocumentLink))
            .Select(l => l.Url)
            .ToList();

        Assert.Contains(new Uri(older), found);
        Assert.Contains(new Uri(current), found);
        Assert.All(found, u => Assert.True(files.ContainsKey(u.AbsoluteUri), id + ": the listing links " + u + ", which is not recorded"));
    }

    [Theory]
    [InlineData("mne-police", "https://www.upravapolicije.com/fleka/novosti.php?akcija=sve")]
    [InlineData("mne-police", "https://www.gov.me/clanak/saopstenje-za-javnost-74")]
    [InlineData("mkd-mvr", "https://mvr.gov.mk/mk-MK/odnosi-so-javnost/dnevni-bilteni")]
    [InlineData("mkd-mvr", "https://mvr.gov.mk/mk-MK/odnosi-so-javnost/dnevni-bilteni/izvadok-na-del-od-dnevnite-nastani-2702")]
    [InlineData("xkx-mia", "https://mpb.rks-gov.net/ap/page.aspx?id=1,15")]
    [InlineData("xkx-mia", "https://mpb.rks-gov.net/ap/page.aspx?id=1,3,2412")]
    public void DocumentLink_PassesOverTheSitesOtherAddresses(string id, string address) =>
        Assert.DoesNotMatch(Listing(id).DocumentLink, address);

    private static IndexPageListing Listing(string id) => Assert.IsType<IndexPageListing>(SourceDefinitions.Find(id)!.Discovery);
}
