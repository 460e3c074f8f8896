using System.Text.RegularExpressions;
using MigrationFeeds.Pipeline.Discovery;

namespace MigrationFeeds.Pipeline.Tests.Discovery;

public sealed class IndexPageReaderTests
{
    private static readonly Uri Page = new("https://kirs.gov.rs/lat/migracije/statistika");
    private static readonly Regex Pdf = new(@"/media/.*\.pdf$", RegexOptions.IgnoreCase);

    [Fact]
    public void Read_ListWithDates_ResolvesLinksAndTakesEachItemsDate()
    {
        const string html = """
            <nav><a href="/lat/pocetna">Početna</a></nav>
            <ul>
              <li><span>15.03.2023.</span> <a href="/media/uploads/informacija-februar-2023.pdf">Informacija &#8211; februar 2023</a></li>
              <li><span>2023-02-14</span> <a href="https://kirs.gov.rs/media/uploads/informacija-januar-2023.pdf">Informacija – januar 2023</a></li>
            </ul>
            """;

        var links = IndexPageReader.Read(html, Page, Pdf);

        Assert.Equal(
            ["https://kirs.gov.rs/media/uploads/informacija-februar-2023.pdf", "https://kirs.gov.rs/media/uploads/informacija-januar-2023.pdf"],
            links.Select(l => l.Url.AbsoluteUri));
        Assert.Equal([new DateOnly(2023, 3, 15), new DateOnly(2023, 2, 14)], links.Select(l => l.Published));
        Assert.Equal("Informacija – februar 2023", links[0].Title);
    }

    [Fact]
    public void Read_DateOutsideTheLinksOwnItem_IsNotBorrowedFromANeighbour()
    {
        const string html = """
            <div><p>Ažurirano 01.04.2023</p>
              <p><a href="/media/a.pdf">A</a> <a href="/media/b.pdf">B</a></p></div>
            """;

        var links = IndexPageReader.Read(html, Page, Pdf);

        Assert.Equal(2, links.Count);
        Assert.All(links, l => Assert.Null(l.Published));
    }

    [Fact]
    public void Read_SameDocumentLinkedTwice_IsListedOnce()
    {
        const string html = """<a href="/media/a.pdf">A</a><a href="/media/a.pdf"><img src="pdf.png"></a>""";

        Assert.Single(IndexPageReader.Read(html, Page, Pdf));
    }

    [Theory]
    [InlineData("Objavljeno 5. 2. 2024.", 2024, 2, 5)]
    [InlineData("Датум: 28/02/2022", 2022, 2, 28)]
    [InlineData("2021-12-31 10:00", 2021, 12, 31)]
    public void FindDate_RegionalAndIsoForms_ReadsTheDate(string text, int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), IndexPageReader.FindDate(text));
    }

    [Theory]
    [InlineData("31.02.2023")]
    [InlineData("version 1.2.3")]
    [InlineData("tel. 011/311-7272")]
    public void FindDate_NotADate_FindsNothing(string text)
    {
        Assert.Null(IndexPageReader.FindDate(text));
    }
}
