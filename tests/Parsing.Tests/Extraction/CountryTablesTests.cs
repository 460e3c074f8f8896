using System.Text;
using MigrationFeeds.Parsing.Extraction;
using MigrationFeeds.Parsing.Language.Periods;
using MigrationFeeds.Parsing.Readers;
using MigrationFeeds.Parsing.Tests.Support;

namespace MigrationFeeds.Parsing.Tests.Extraction;

public sealed class CountryTablesTests
{
    private static readonly ReportPeriod July2020 = new() { ReportMonth = new YearMonth(2020, 7), Published = new DateOnly(2020, 8, 20) };

    private static IReadOnlyList<string> Read(TextPage page) =>
        CountryTables.Read(page, July2020).Select(f => $"{f.Country} {f.Indicator} {f.Measure} {f.Period} {f.Value}").ToList();

    [Fact]
    public void Read_PdfTableOfCountries_GivesEachCellItsRowsCountryAndColumnsIndicator()
    {
        var pdf = new TestPdf()
            .Text("ARRIVALS AND APPLICATIONS BY COUNTRY - JUNE 2020", 50, 700)
            .Text("Country", 50, 680).Text("New arrivals", 220, 680).Text("Intentions to seek asylum", 320, 680).Text("Asylum applications", 470, 680)
            .Text("Albania", 50, 666).Text("1,425", 220, 666).Text("-", 320, 666).Text("41", 470, 666)
            .Text("Montenegro", 50, 652).Text("312", 220, 652).Text("298", 320, 652).Text("62", 470, 652)
            .Text("Total", 50, 638).Text("1,737", 220, 638).Text("298", 320, 638).Text("103", 470, 638)
            .Build();
        var page = PdfDocumentReader.Read(pdf).Document!.Pages[0];

        Assert.Equal(
            ["ALB arrivals month 2020-06 1425", "ALB asylum_applications month 2020-06 41",
             "MNE arrivals month 2020-06 312", "MNE asylum_intentions month 2020-06 298", "MNE asylum_applications month 2020-06 62",
             "WB6 arrivals month 2020-06 1737", "WB6 asylum_intentions month 2020-06 298", "WB6 asylum_applications month 2020-06 103"],
            Read(page));
    }

    [Fact]
    public void Read_TableWithACountryOutsideTheSix_LeavesItsRowAndTheTotal()
    {
        var html = "<p>Arrivals by country, July 2020</p><table><tr><th>Country</th><th>New arrivals</th></tr>"
            + "<tr><td>Serbia</td><td>3,197</td></tr><tr><td>Croatia</td><td>1,047</td></tr><tr><td>Bosnia and Herzegovina</td><td>1,790</td></tr>"
            + "<tr><td>Total</td><td>6,034</td></tr></table>";
        var page = HtmlDocumentReader.Read(Encoding.UTF8.GetBytes(html)).Document!.Pages[0];

        Assert.Equal(["SRB arrivals month 2020-07 3197", "BIH arrivals month 2020-07 1790"], Read(page));
    }

    [Fact]
    public void Read_TableOfCentres_IsNotATableOfCountries()
    {
        var html = "<p>Occupancy, July 2020</p><table><tr><th>Centre</th><th>Accommodated</th></tr>"
            + "<tr><td>TRC Lipa</td><td>760</td></tr><tr><td>Usivak</td><td>512</td></tr></table>";
        var page = HtmlDocumentReader.Read(Encoding.UTF8.GetBytes(html)).Document!.Pages[0];

        Assert.Empty(Read(page));
    }
}
