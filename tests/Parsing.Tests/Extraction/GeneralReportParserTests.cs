using MigrationFeeds.Parsing.Extraction;
using MigrationFeeds.Parsing.Tests.Support;

namespace MigrationFeeds.Parsing.Tests.Extraction;

/// <summary>The general parser over short documents, one reading rule each.</summary>
public sealed class GeneralReportParserTests
{
    private static IReadOnlyList<string> Read(string body, string title = "Serbia Update – October 2022", string country = "SRB", string published = "2022-11-20") =>
        Extract.Keys(Extract.Figures(title + "\n\n" + body, country, published));

    [Fact]
    public void Parse_EnglishArrivalsToCentres_ReadsTheMonth()
    {
        Assert.Equal(["SRB arrivals month 2022-10 5902"], Read("5,902 new arrivals to governmental centres were registered in October."));
    }

    [Fact]
    public void Parse_ComparisonWithAStatedValue_AddsThatMonth()
    {
        Assert.Equal(["SRB arrivals month 2022-10 5902", "SRB arrivals month 2022-09 9080"],
            Read("In October, 5,902 new arrivals were registered, a 35% decrease compared to September (9,080)."));
    }

    [Fact]
    public void Parse_UpFromAnEarlierMonth_ReadsBothMonths()
    {
        Assert.Equal(["SRB arrivals month 2022-10 412", "SRB arrivals month 2022-09 296"], Read("During October, 412 new arrivals were recorded, up from 296 in September."));
    }

    [Fact]
    public void Parse_NumberJoinedByAndWithItsOwnPeriod_CountsTheSameThing()
    {
        Assert.Equal(["XKX arrivals month 2022-10 381", "XKX arrivals cumulative 2022-01/2022-10 2712"],
            Read("Kosovo Police registered 381 irregular arrivals in October and 2,712 since the start of 2022.", "Kosovo Update – October 2022", "XKX"));
    }

    [Fact]
    public void Parse_UascInSpecialisedInstitutions_IsUascPresentNotArrivals()
    {
        Assert.Equal(["SRB uasc_present stock 2022-10 86"], Read("86 UASC were accommodated in specialised institutions."));
    }

    [Fact]
    public void Parse_UascAmongArrivals_IsUascArrivals()
    {
        Assert.Equal(["ALB arrivals month 2022-10 1342", "ALB uasc_arrivals month 2022-10 147"],
            Read("In October, 1,342 refugees and migrants were apprehended. Of the new arrivals in October, 147 were unaccompanied or separated children.", "Albania Update – October 2022", "ALB"));
    }

    [Fact]
    public void Parse_CapacityAndFreeBeds_ReadsOnlyTheCapacity()
    {
        Assert.Equal(["SRB accommodated stock 2022-10 3059", "SRB capacity stock 2022-10 6220"],
            Read("At the end of October, 3,059 persons were accommodated in the centres, with a capacity of 6,220 beds, of which 3,161 were free."));
    }

    [Fact]
    public void Parse_CountOfCentres_IsNotAFigure()
    {
        Assert.Equal(["SRB accommodated stock 2022-10 4470"], Read("At the end of October, 4,470 refugees were accommodated in 16 governmental centres."));
    }

    [Fact]
    public void Parse_IntentionsAndApplications_AreTold()
    {
        Assert.Equal(["SRB asylum_intentions month 2022-10 1016", "SRB asylum_applications month 2022-10 15"],
            Read("In October, 1,016 persons expressed the intention to seek asylum, while only 15 lodged an asylum application."));
    }

    [Fact]
    public void Parse_NoApplications_IsZero()
    {
        Assert.Equal(["SRB asylum_applications month 2022-10 0"], Read("No asylum applications were lodged in October."));
    }

    [Fact]
    public void Parse_PresentInTheCountry_IsPresentTotal()
    {
        Assert.Equal(["SRB present_total stock 2022-10 7000"], Read("UNHCR estimates that some 7,000 refugees and migrants were present in Serbia at the end of October."));
    }

    [Fact]
    public void Parse_SentenceNamingAnotherCountry_TakesThatCountry()
    {
        Assert.Equal(["MNE arrivals month 2022-10 1312"], Read("Montenegro recorded 1,312 arrivals in October, most of them from Albania.", "Western Balkans in October 2022"));
    }

    [Fact]
    public void Parse_CountryNamedAsAnOrigin_KeepsTheDefault()
    {
        Assert.Equal(["SRB arrivals month 2022-10 2118"], Read("In October, 2,118 persons arrived irregularly, most of them from North Macedonia."));
    }

    [Fact]
    public void Parse_CentreNamedAfterTheNumber_MakesASiteFigure()
    {
        Assert.Equal(["MNE accommodated stock 2022-10 312", "MNE/Spuž accommodated stock 2022-10 54", "MNE/Božaj accommodated stock 2022-10 23"],
            Read("At the end of October, 312 persons were accommodated in the centres: 54 in the Asylum Centre in Spuž and 23 in Božaj.", "Montenegro Update – October 2022", "MNE"));
    }

    [Fact]
    public void Parse_TwoCentresNamedTogether_MakeNoSiteFigure()
    {
        Assert.Equal(["MKD accommodated stock 2021-12-31 58"],
            Read("As of 31 December 2021, 58 persons were accommodated in the transit centres Vinojug and Tabanovce.", "North Macedonia Update – December 2021", "MKD", "2022-01-20"));
    }

    [Fact]
    public void Parse_BreakdownPartsWithoutSite_AreNotNewTotals()
    {
        Assert.Equal(["MKD accommodated stock 2022-10 133"],
            Read("At the end of October, 133 persons were accommodated: 96 in the transit centres and 37 in other facilities.", "North Macedonia Update – October 2022", "MKD"));
    }

    [Fact]
    public void Parse_NewcomersToCentres_AreArrivals()
    {
        Assert.Equal(["SRB arrivals month 2022-10 6136", "SRB arrivals month 2022-09 6570"],
            Read("6,136 newcomers to governmental centres were registered in October (compared to 6,570 in September)."));
    }

    [Fact]
    public void Parse_PersonsOnTheTerritoryWithTheirWhereabouts_ReadsEachPart()
    {
        Assert.Equal(
        [
            "SRB present_total stock 2022-10-31 4630", "SRB accommodated stock 2022-10-31 3745", "SRB uasc_present stock 2022-10-31 30",
            "SRB outside_accommodation stock 2022-10-31 720",
        ], Read("As at 31 October, 4,630 refugees, asylum-seekers and migrants were present on the territory of Serbia, including 3,745 "
                + "in governmental centres, 30 in specialised institutions for unaccompanied and separated children (UASC), 135 in "
                + "private accommodation and 720 staying in hostels, hotels or abandoned houses in border areas."));
    }

    [Fact]
    public void Parse_PersonsInTheTerritory_IsPresentTotal()
    {
        Assert.Equal(["SRB present_total stock 2022-10 5619"], Read("As at end-October, 5,619 refugees and migrants were in the territory of Serbia."));
    }

    [Fact]
    public void Parse_AndInsideTheWordsOfTheFigureBefore_JoinsNothing()
    {
        Assert.Equal(["SRB uasc_present stock 2022-10 25"],
            Read("At the end of October, 25 were placed in specialised institutions for unaccompanied and separated children (UASC), "
                 + "127 in private accommodation."));
    }

    [Fact]
    public void Parse_PartialMonthComparedToAWholeMonth_ReadsTheWholeMonth()
    {
        Assert.Equal(["SRB arrivals cumulative 2022-08-01/2022-08-28 16723", "SRB arrivals month 2022-07 13425"],
            Read("16,723 new arrivals to governmental centres were registered in the 1-28 August period (compared to 13,425 in the "
                 + "whole month of July).", "Serbia Update – August 2022", "SRB", "2022-09-20"));
    }

    [Fact]
    public void Parse_CentreNamedAfterALongPhraseInAList_MakesASiteFigure()
    {
        Assert.Equal(["MKD accommodated stock 2023-06 133", "MKD/Vizbegovo accommodated stock 2023-06 37"],
            Read("At the end of June, 133 persons were accommodated in reception and transit centres: 96 in the transit centres and 37 "
                 + "in the Reception Centre for Asylum Seekers in Vizbegovo.", "North Macedonia Update – June 2023", "MKD", "2023-07-20"));
    }

    [Fact]
    public void Parse_FigureWithoutAPeriodInADocumentWithoutOne_IsLeftOut()
    {
        var result = Extract.Result("Arrivals at a glance\n\n5,902 new arrivals were registered.", published: "2022-11-20");

        Assert.Empty(result.Figures);
    }

    [Fact]
    public void Parse_YearOnlyTitle_ReadsUndatedFlowsAsTheYear()
    {
        Assert.Equal(["MKD asylum_applications year 2021 142"], Read("Барање за азил поднеле 142 лица.", "Годишен извештај за нерегуларни миграции 2021", "MKD", "2022-01-25"));
    }

    [Fact]
    public void Parse_Currently_IsThePublicationDate()
    {
        Assert.Equal(["SRB accommodated stock 2024-01-03 2900"], Read("Some 2,900 migrants currently stay in 18 centres.", "Serbia: newly arrived migrants in 2023", "SRB", "2024-01-03"));
    }

    [Fact]
    public void Parse_Explain_ReportsSkippedNumbersWithTheirReason()
    {
        var result = Extract.Result("Serbia Update – October 2022\n\nUNHCR counselled 1,120 persons in October, 12% more than in September.", explain: true);

        Assert.Contains(result.Issues, i => i.Code == ExtractionIssueCodes.Skipped && i.Message.Contains("\"1,120\"", StringComparison.Ordinal));
        Assert.Contains(result.Issues, i => i.Code == ExtractionIssueCodes.Skipped && i.Message.Contains("a percentage", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_WithoutExplain_ReportsNoSkippedNumbers()
    {
        var result = Extract.Result("Serbia Update – October 2022\n\nUNHCR counselled 1,120 persons in October.");

        Assert.DoesNotContain(result.Issues, i => i.Code == ExtractionIssueCodes.Skipped);
    }
}
