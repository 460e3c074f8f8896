using System.Text;
using MigrationFeeds.Parsing.Documents;
using MigrationFeeds.Parsing.Extraction;
using MigrationFeeds.Parsing.Periods;
using MigrationFeeds.Parsing.Tests.Support;

namespace MigrationFeeds.Parsing.Tests.Extraction;

public sealed class CentreTablesTests
{
    private static readonly ReportPeriod May2023 = new() { ReportMonth = new YearMonth(2023, 5), Published = new DateOnly(2023, 6, 9) };

    private static IReadOnlyList<string> Read(TextPage page) =>
        CentreTables.Read(page, May2023).Select(f => $"{f.Site ?? "-"} {f.Indicator} {f.Period} {f.Value}").ToList();

    [Fact]
    public void Read_HtmlTable_GivesASiteFigurePerColumnAndLeavesFreeBeds()
    {
        var html = "<p>Occupancy on 31 May 2023:</p><table><tr><th>Centre</th><th>Capacity</th><th>Accommodated</th><th>Free beds</th></tr>"
            + "<tr><td>TRC Lipa</td><td>1,500</td><td>760</td><td>740</td></tr><tr><td>Total</td><td>5,230</td><td>2,114</td><td>3,116</td></tr></table>";
        var page = HtmlDocumentReader.Read(Encoding.UTF8.GetBytes(html)).Document!.Pages[0];

        Assert.Equal(["Lipa capacity 2023-05-31 1500", "Lipa accommodated 2023-05-31 760", "- capacity 2023-05-31 5230", "- accommodated 2023-05-31 2114"], Read(page));
    }

    [Fact]
    public void Read_PdfTable_PutsEachNumberInTheColumnAboveIt()
    {
        var pdf = new TestPdf()
            .Text("Occupancy and capacity, end of May 2023:", 50, 700)
            .Text("Centre", 50, 680).Text("Capacity", 240, 680).Text("Accommodated", 335, 680)
            .Text("TRC Usivak", 50, 666).Text("800", 240, 666).Text("512", 335, 666)
            .Build();
        var page = PdfDocumentReader.Read(pdf).Document!.Pages[0];

        Assert.Equal(["Ušivak capacity 2023-05 800", "Ušivak accommodated 2023-05 512"], Read(page));
    }

    [Fact]
    public void Parse_PdfTableOfCentres_IsNotAlsoReadAsRunningText()
    {
        var pdf = new TestPdf()
            .Text("Smjestaj po centrima - stanje krajem jula 2022.", 50, 700)
            .Text("Centar", 50, 680).Text("Kapacitet", 240, 680).Text("Smjesteno", 335, 680)
            .Text("TPC Lipa", 50, 666).Text("480", 240, 666).Text("318", 335, 666)
            .Text("TPC Usivak", 50, 652).Text("800", 240, 652).Text("380", 335, 652)
            .Text("Najvise evidentiranih migranata je iz Afganistana, a podaci su od Sluzbe koja je za to nadlezna.", 50, 630)
            .Build();
        var figures = new GeneralReportParser().Parse(pdf, new Model.DocumentContext
        {
            Url = "file:///test.pdf",
            ContentType = "application/pdf",
            DefaultCountry = "BIH",
            Title = "Informacija o stanju migracija - juli 2022.",
            Published = new DateOnly(2022, 8, 9),
        }).Figures;

        // Read as text, "318 800" would run together into one number and take the header's words.
        Assert.Equal(["BIH/Lipa capacity stock 2022-07 480", "BIH/Lipa accommodated stock 2022-07 318", "BIH/Ušivak capacity stock 2022-07 800", "BIH/Ušivak accommodated stock 2022-07 380"],
            Extract.Keys(figures));
    }

    [Fact]
    public void Read_RowOfAnUnknownPlace_IsLeftOut()
    {
        var html = "<table><tr><th>Centre</th><th>Accommodated</th></tr><tr><td>Hotel Europa</td><td>40</td></tr></table>";
        var page = HtmlDocumentReader.Read(Encoding.UTF8.GetBytes(html)).Document!.Pages[0];

        Assert.Empty(Read(page));
    }
}
