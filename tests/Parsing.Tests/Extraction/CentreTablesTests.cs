using System.Text;
using MigrationFeeds.Parsing.Readers;
using MigrationFeeds.Parsing.Extraction;
using MigrationFeeds.Parsing.Language.Periods;
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
    public void Lines_PdfTable_AreItsHeaderAndRowsNotItsCaptionOrTheTextBelow()
    {
        var page = PdfDocumentReader.Read(MontenegrinTable()).Document!.Pages[0];

        var claimed = string.Join(' ', page.Lines.Where(l => CentreTables.LinesOf(page).Contains(l.Number)).Select(l => l.Text));

        Assert.All(["Kapacitet", "Spuz", "104", "Bozaj", "22", "Ukupno", "68"], cell => Assert.Contains(cell, claimed, StringComparison.Ordinal));
        Assert.DoesNotContain("aprila", claimed, StringComparison.Ordinal);
        Assert.DoesNotContain("Izvor", claimed, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_PdfTableOfCentresInALocalLanguage_IsNotAlsoReadAsRunningText()
    {
        var context = Contexts.Pdf("Statistički pregled neregularnih migracija – april 2023.", new DateOnly(2023, 5, 8)) with { DefaultCountry = "MNE" };

        var figures = new GeneralReportParser().Parse(MontenegrinTable(), context).Figures;

        Assert.Equal(
            ["MNE/Spuž capacity stock 2023-04-30 104", "MNE/Spuž accommodated stock 2023-04-30 46", "MNE/Božaj capacity stock 2023-04-30 60",
             "MNE/Božaj accommodated stock 2023-04-30 22", "MNE capacity stock 2023-04-30 164", "MNE accommodated stock 2023-04-30 68"],
            Extract.Keys(figures));
    }

    /// <summary>A caption, a table of two centres and their total, and a source line under it.</summary>
    private static byte[] MontenegrinTable() => new TestPdf()
        .Text("Broj lica u centrima na dan 30. aprila 2023. godine", 50, 700)
        .Text("Centar", 120, 680).Text("Kapacitet", 250, 680).Text("Smjesteno lica", 330, 680)
        .Text("Centar za trazioce azila Spuz", 50, 666).Text("104", 262, 666).Text("46", 360, 666)
        .Text("Prihvatni centar Bozaj", 50, 652).Text("60", 265, 652).Text("22", 360, 652)
        .Text("Ukupno", 50, 638).Text("164", 262, 638).Text("68", 360, 638)
        .Text("Izvor: Direkcija za prihvat stranaca i Uprava policije.", 50, 620)
        .Build();

    [Fact]
    public void Read_RowOfAnUnknownPlace_IsLeftOut()
    {
        var html = "<table><tr><th>Centre</th><th>Accommodated</th></tr><tr><td>Hotel Europa</td><td>40</td></tr></table>";
        var page = HtmlDocumentReader.Read(Encoding.UTF8.GetBytes(html)).Document!.Pages[0];

        Assert.Empty(Read(page));
    }
}
