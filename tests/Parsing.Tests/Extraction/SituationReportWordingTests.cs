using MigrationFeeds.Parsing.Readers;
using MigrationFeeds.Parsing.Extraction;
using MigrationFeeds.Parsing.Language.Periods;
using MigrationFeeds.Parsing.Tests.Support;

namespace MigrationFeeds.Parsing.Tests.Extraction;

/// <summary>Wording and layout of IOM's Bosnia and Herzegovina situation reports, one reading rule each.</summary>
public sealed class SituationReportWordingTests
{
    private static IReadOnlyList<string> Read(string body, string title = "Situation Report, 1-31 July 2021") =>
        Extract.Keys(Extract.Figures(title + "\n\n" + body, "BIH", "2021-08-13"));

    [Fact]
    public void Parse_PersonsRegisteredAsNewArrivals_AreArrivals()
    {
        Assert.Equal(["BIH arrivals month 2021-07 2236"],
            Read("According to the Service for Foreigners' Affairs (SFA), 2,236 migrants and refugees were registered as new arrivals in BiH in July."));
    }

    [Fact]
    public void Parse_PersonsRegisteredAsAsylumSeekers_AreApplicationsNotArrivals()
    {
        Assert.Equal(["BIH asylum_applications month 2021-07 112"], Read("In July, 112 persons were registered as asylum seekers by the Sector for Asylum."));
    }

    [Fact]
    public void Parse_PersonsStayingOutsideTheCentres_AreOutsideAccommodationOnTheDayCounted()
    {
        Assert.Equal(["BIH outside_accommodation stock 2021-07-20 1620"],
            Read("The joint data collection exercise of IOM and the SFA on 20 July identified 1,620 migrants and asylum seekers staying outside the TRCs."));
    }

    [Fact]
    public void Parse_KeyFigureLabelOfMigrantsAndAsylumSeekersAccommodated_IsAccommodated()
    {
        Assert.Equal(["BIH accommodated stock 2021-07 2912"], Read("2,912 migrants and asylum seekers accommodated in the TRCs at the end of July"));
    }

    [Theory]
    [InlineData("2,214 migrants accommodated in TRCs", "BIH accommodated stock 2022-01 2214")]
    [InlineData("91 UASC in TRCs", "BIH uasc_present stock 2022-01 91")]
    [InlineData("430 estimated outside TRCs", "BIH outside_accommodation stock 2022-01 430")]
    public void Parse_ShortKeyFigureLabels_AreRead(string label, string figure)
    {
        Assert.Equal([figure], Read(label, "Migration Response – Monthly Situation Report, January 2022"));
    }

    [Fact]
    public void Parse_CentreNamedAsClosed_GivesNoSiteFigure()
    {
        Assert.Equal(["BIH capacity stock 2022-04 5230"],
            Read("Following the closure of TRC Miral, the four TRCs have a total capacity of 5,230 places.", "Monthly Situation Report, April 2022"));
    }

    [Fact]
    public void Read_PdfTableWithRightAlignedNumbersUnderLeftAlignedHeaders_KeepsEachNumberInItsColumn()
    {
        // As Word and LibreOffice lay out a table whose number cells are right-aligned: "742" ends just before
        // "Free beds" begins and stands nearer that header's centre than the centre of "Accommodated".
        var pdf = new TestPdf()
            .Text("Occupancy of the TRCs at the end of July 2021:", 50, 700)
            .Text("TRC", 50, 680).Text("Capacity", 138, 680).Text("Accommodated", 206, 680).Text("Free beds", 323, 680)
            .Text("PC Lipa", 50, 660).Text("1,000", 176, 660).Text("742", 301, 660).Text("258", 378, 660)
            .Build();
        var page = PdfDocumentReader.Read(pdf).Document!.Pages[0];
        var july = new ReportPeriod { ReportMonth = new YearMonth(2021, 7), Published = new DateOnly(2021, 8, 13) };

        var figures = CentreTables.Read(page, july).Select(f => $"{f.Site} {f.Indicator} {f.Period} {f.Value}");

        Assert.Equal(["Lipa capacity 2021-07 1000", "Lipa accommodated 2021-07 742"], figures);
    }
}
