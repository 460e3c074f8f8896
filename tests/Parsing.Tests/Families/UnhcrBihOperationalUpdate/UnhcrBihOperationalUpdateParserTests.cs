using System.Text;
using MigrationFeeds.Parsing.Families.UnhcrBihOperationalUpdate;
using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Parsing.Tests.Support;

namespace MigrationFeeds.Parsing.Tests.Families.UnhcrBihOperationalUpdate;

/// <summary>
/// Sentences modelled on the phrasing of UNHCR's monthly updates for Bosnia and Herzegovina,
/// read through the report-page (HTML) path.
/// </summary>
public sealed class UnhcrBihOperationalUpdateParserTests
{
    private const string October2022 = "Bosnia and Herzegovina Operational Update - October 2022";

    private static readonly UnhcrBihOperationalUpdateParser Parser = new();

    private static ParseResult ParseHtml(string paragraphs, string? title = October2022, DateOnly? published = null)
    {
        var html = "<html><head><title>" + title + "</title></head><body><main>"
            + string.Concat(paragraphs.Split('\n').Select(p => "<p>" + p + "</p>")) + "</main></body></html>";
        var context = Contexts.Html(title, published ?? new DateOnly(2022, 11, 18)) with { Title = title };
        return Parser.Parse(Encoding.UTF8.GetBytes(html), context);
    }

    private static IReadOnlyList<(string Indicator, string Measure, string Period, long? Value)> Observations(ParseResult result) =>
        result.Figures.Select(f => (f.Indicator, f.Measure, f.Period, f.Value)).ToList();

    [Fact]
    public void Family_IsTheUnhcrBihOperationalUpdate()
    {
        Assert.Equal("unhcr-bih-operational-update", Parser.Family);
        Assert.False(string.IsNullOrEmpty(Parser.Version));
    }

    [Theory]
    [InlineData("4,120 persons arrived irregularly in October.")]
    [InlineData("4,120 migrants and asylum-seekers arrived irregularly in BiH in October, representing a 23% increase over September 2021.")]
    [InlineData("During October, the BiH authorities registered 4,120 new arrivals.")]
    [InlineData("The authorities registered 4,120 new arrivals in October.")]
    [InlineData("In October, 4 120 refugees and migrants arrived irregularly in BiH.")]
    [InlineData("During October 2022, BiH authorities recorded the irregular arrival of 4,120 migrants and asylum-seekers to the country.")]
    public void Parse_ArrivalsInTheMonth_ReadsMonthlyArrivals(string sentence)
    {
        var figure = Assert.Single(ParseHtml(sentence).Figures);

        Assert.Equal((Countries.BosniaAndHerzegovina, null, Indicators.Arrivals, Measures.Month, "2022-10", 4120L, 1),
            (figure.Country, figure.Site, figure.Indicator, figure.Measure, figure.Period, figure.Value, figure.Page));
        Assert.Equal(sentence, figure.Quote);
    }

    [Fact]
    public void Parse_ComparisonsWithStatedValues_AddFiguresForTheComparedMonths()
    {
        var result = ParseHtml("4,120 persons arrived irregularly in October, a 23% increase compared to the previous month (3,470) and a 216% increase compared to October 2021 (1,305).");

        Assert.Equal(
            [(Indicators.Arrivals, Measures.Month, "2022-10", 4120L), (Indicators.Arrivals, Measures.Month, "2022-09", 3470L), (Indicators.Arrivals, Measures.Month, "2021-10", 1305L)],
            Observations(result));
    }

    [Theory]
    [InlineData("3,150 refugees and migrants arrived irregularly in BiH in November, a 32% decrease compared to October (4 120).", 4120)]
    [InlineData("3,150 persons arrived irregularly in November, 22% fewer than in October (4,120) but 11% more than in November 2021.", 4120)]
    [InlineData("3,150 persons arrived irregularly in November, up 29% on October (4,120).", 4120)]
    public void Parse_ComparisonWording_AddsTheComparedMonth(string sentence, long previous)
    {
        var result = ParseHtml(sentence, "Bosnia and Herzegovina Operational Update - November 2022", new DateOnly(2022, 12, 20));

        Assert.Contains((Indicators.Arrivals, Measures.Month, "2022-10", (long?)previous), Observations(result));
        Assert.Contains((Indicators.Arrivals, Measures.Month, "2022-11", (long?)3150), Observations(result));
    }

    [Theory]
    [InlineData("4,120 persons arrived irregularly in October. 112 of the new arrivals were unaccompanied or separated children.")]
    [InlineData("4,120 persons arrived irregularly in October. Of these, 112 were unaccompanied or separated children (UASC), according to the authorities.")]
    [InlineData("4,120 persons arrived irregularly in October. The authorities identified 112 UASC among them.")]
    [InlineData("4,120 persons arrived irregularly in October; 112 of them were UASC.")]
    [InlineData("4,120 persons arrived irregularly in October, including 112 unaccompanied and separated children (UASC).")]
    [InlineData("4,120 persons arrived irregularly in October. Among the new arrivals were 112 unaccompanied and separated children.")]
    public void Parse_UascAmongArrivals_ReadsUascArrivals(string text)
    {
        var result = ParseHtml(text);

        Assert.Contains((Indicators.UascArrivals, Measures.Month, "2022-10", (long?)112), Observations(result));
    }

    [Theory]
    [InlineData("As with the previous three months, there were no UASC amongst irregular arrivals in October.")]
    [InlineData("For the fourth month in a row, no UASC were recorded among the irregular arrivals.")]
    public void Parse_NoUascAmongArrivals_ReadsZero(string sentence)
    {
        Assert.Equal([(Indicators.UascArrivals, Measures.Month, "2022-10", (long?)0)], Observations(ParseHtml(sentence)));
    }

    [Theory]
    [InlineData("10 asylum applications were otherwise closed (8 cases involving 10 persons, 1 UASC among them).")]
    [InlineData("28 asylum applications were otherwise closed (23 cases, including one unaccompanied child).")]
    [InlineData("UNHCR focuses on the identification of persons with specific needs, including unaccompanied and separated children.")]
    [InlineData("575 UASC were assisted by UN agencies and partners.")]
    public void Parse_ChildrenOutsideArrivals_AreNotUascArrivals(string sentence)
    {
        Assert.DoesNotContain(ParseHtml(sentence).Figures, f => f.Indicator == Indicators.UascArrivals);
    }

    [Theory]
    [InlineData("3,902 persons (94%) arriving in October expressed an intention to seek asylum with the Service for Foreigners’ Affairs (SFA).")]
    [InlineData("The Service for Foreigners’ Affairs (SFA) issued an “Attestation of Expressed Intent to Seek Asylum” (AISA) to 94% of them (3,902 persons).")]
    [InlineData("94% of them (3,902 persons) received an “Attestation of Expressed Intent to Seek Asylum” (AISA) from the SFA.")]
    [InlineData("3 902 persons (96%) were issued an AISA by the SFA.")]
    [InlineData("3,902 persons (95%) expressed an intention to seek asylum.")]
    public void Parse_IntentionsToSeekAsylum_ReadsIntentions(string sentence)
    {
        Assert.Equal([(Indicators.AsylumIntentions, Measures.Month, "2022-10", (long?)3902)], Observations(ParseHtml(sentence)));
    }

    [Fact]
    public void Parse_IntentionsWrittenInWords_ReadsIntentions()
    {
        var result = ParseHtml("Two hundred and twelve intentions were registered in October.");

        Assert.Equal([(Indicators.AsylumIntentions, Measures.Month, "2022-10", (long?)212)], Observations(result));
    }

    [Theory]
    [InlineData("18 asylum claims were registered with the Sector for Asylum in October.", 18)]
    [InlineData("18 asylum claims (9 cases involving 18 persons) were registered in October.", 18)]
    [InlineData("9 asylum claims were registered in October (4 cases involving 9 persons), 8 of them in UNHCR’s Information Centre.", 9)]
    [InlineData("3 asylum applications were lodged with the Sector for Asylum in October (2 cases involving 7 persons).", 7)]
    [InlineData("Out of 6 scheduled, 5 asylum applications were lodged with the Sector for Asylum (involving 3 Afghan nationals and 2 persons from Iraq).", 5)]
    [InlineData("11 Asylum claims were registered in October of which 10 were processed in UNHCR’s Info Centre.", 11)]
    public void Parse_AsylumClaimsRegisteredOrLodged_CountsPersons(string sentence, long persons)
    {
        Assert.Equal([(Indicators.AsylumApplications, Measures.Month, "2022-10", (long?)persons)], Observations(ParseHtml(sentence)));
    }

    [Theory]
    [InlineData("28 asylum applications were otherwise closed (23 cases).")]
    [InlineData("18 asylum claims were suspended, and one negative decision was issued on appeal.")]
    [InlineData("12 people awaiting registration of their asylum claims with the assistance of UNHCR.")]
    [InlineData("433 days – the length of the asylum procedure for first-instance decisions issued in October.")]
    [InlineData("59% of asylum claim registrations scheduled in UNHCR’s Info Centre were conducted.")]
    [InlineData("Average waiting time for the 3 cases registered in October was 33 days.")]
    [InlineData("6 Refugee Status Determination (RSD) interviews were conducted in October.")]
    public void Parse_OtherAsylumNumbers_AreNotFigures(string sentence)
    {
        var result = ParseHtml(sentence);

        Assert.Empty(result.Figures);
        Assert.Equal(ParseIssueCodes.NoFigures, Assert.Single(result.Issues).Code);
    }

    [Theory]
    [InlineData("2,615 asylum-seekers and migrants were accommodated in reception facilities at the end of October.")]
    [InlineData("At the end of October, 2,615 persons were accommodated in the temporary reception centres and asylum centres.")]
    [InlineData("Reception facilities accommodated 2,615 asylum-seekers and migrants at the end of October.")]
    [InlineData("2,615 asylum-seekers and migrants stayed in reception facilities at the end of October.")]
    [InlineData("At the end of the month, 2,615 asylum-seekers and migrants were accommodated in reception facilities.")]
    public void Parse_AccommodatedAtTheEndOfTheMonth_ReadsTheStock(string sentence)
    {
        Assert.Equal([(Indicators.Accommodated, Measures.Stock, "2022-10", (long?)2615)], Observations(ParseHtml(sentence)));
    }

    [Fact]
    public void Parse_ServiceToPersonsInCentres_IsNotAccommodation()
    {
        Assert.Empty(ParseHtml("UNHCR and Vaša Prava BiH provided legal counselling to 176 persons in reception centres.").Figures);
    }

    [Theory]
    [InlineData("2,615 were accommodated in reception facilities at the end of October, while between 250-850 persons are estimated to be squatting outside of formal accommodation.", 250, 850)]
    [InlineData("At the end of October, 2,615 persons were accommodated in reception centres, and an estimated 600 to 900 persons stayed outside formal accommodation.", 600, 900)]
    [InlineData("2,615 were accommodated in reception facilities at the end of October, while between 400 and 600 people were thought to be sleeping rough or in squats.", 400, 600)]
    public void Parse_OutsideAccommodationRange_ReadsLowAndHighAsApproximate(string sentence, long low, long high)
    {
        var outside = Assert.Single(ParseHtml(sentence).Figures, f => f.Indicator == Indicators.OutsideAccommodation);

        Assert.Equal((Measures.Stock, "2022-10", (long?)null, (long?)low, (long?)high, true),
            (outside.Measure, outside.Period, outside.Value, outside.Low, outside.High, outside.Approximate));
    }

    [Theory]
    [InlineData("2,615 were accommodated at the end of October, while 450 persons are estimated to be squatting outside of formal accommodation.")]
    [InlineData("At the end of October, 2,615 asylum-seekers and migrants were in reception facilities and an estimated 450 persons were squatting outside of formal accommodation.")]
    [InlineData("2,615 were accommodated at the end of October, while some 450 persons are estimated to be squatting outside of formal accommodation.")]
    public void Parse_OutsideAccommodationEstimate_ReadsAnApproximateValue(string sentence)
    {
        var outside = Assert.Single(ParseHtml(sentence).Figures, f => f.Indicator == Indicators.OutsideAccommodation);

        Assert.Equal((Measures.Stock, "2022-10", (long?)450, true), (outside.Measure, outside.Period, outside.Value, outside.Approximate));
    }

    [Theory]
    [InlineData("104,580 arrivals have been recorded since the start of the mixed movement in January 2018.")]
    [InlineData("Since January 2018, 104,580 refugees and migrants have arrived in BiH.")]
    [InlineData("Since January 2018, when the mixed movement started, 104,580 arrivals have been recorded.")]
    [InlineData("Arrivals recorded since the start of the mixed movement in January 2018: 104,580.")]
    [InlineData("The number of arrivals since the mixed movement began in January 2018 has reached 104,580.")]
    [InlineData("This brings the total number of new arrivals to 104,580 since January 2018.")]
    public void Parse_ArrivalsSinceJanuary2018_ReadsCumulativeArrivals(string sentence)
    {
        Assert.Equal([(Indicators.Arrivals, Measures.Cumulative, "2018-01/2022-10", (long?)104580)], Observations(ParseHtml(sentence)));
    }

    [Fact]
    public void Parse_FactSheetSentences_ReadArrivalsUascAndBothTotals()
    {
        var result = ParseHtml(
            "During October 2020, BiH authorities recorded the irregular arrival of 1,120 migrants and asylum-seekers (of which 41 were unaccompanied or separated children (UASC)) to the country.\n"
            + "This brings the total number of new arrivals to 66,930 since January 2018 and to 14,210 in 2020 alone.",
            "Bosnia and Herzegovina Fact Sheet - October 2020",
            new DateOnly(2020, 11, 17));

        Assert.Equal(
            [
                (Indicators.Arrivals, Measures.Month, "2020-10", (long?)1120),
                (Indicators.UascArrivals, Measures.Month, "2020-10", 41),
                (Indicators.Arrivals, Measures.Cumulative, "2018-01/2020-10", 66930),
                (Indicators.Arrivals, Measures.Cumulative, "2020-01/2020-10", 14210),
            ],
            Observations(result));
    }

    [Fact]
    public void Parse_PersonsDetectedInASentenceOnArrivals_ReadsArrivalsAndTheComparedMonth()
    {
        var result = ParseHtml("October saw a record number of arrivals: 4,120 refugees and migrants were detected by the Ministry of Security, compared to 3,470 in September.");

        Assert.Equal(
            [(Indicators.Arrivals, Measures.Month, "2022-10", (long?)4120), (Indicators.Arrivals, Measures.Month, "2022-09", 3470)],
            Observations(result));
    }

    [Fact]
    public void Parse_TotalForTheYearAndSinceJanuary2018_ReadsBothWithTheirOwnPeriods()
    {
        var result = ParseHtml("This brings the total for 2022 to 25,930 and the number of arrivals recorded since January 2018 to 104,580.");

        Assert.Equal(
            [(Indicators.Arrivals, Measures.Cumulative, "2022-01/2022-10", (long?)25930), (Indicators.Arrivals, Measures.Cumulative, "2018-01/2022-10", (long?)104580)],
            Observations(result));
    }

    [Fact]
    public void Parse_YearToDateComparedWithTheSamePeriodOfTheYearBefore_ReadsBoth()
    {
        var result = ParseHtml("The total number of arrivals in 2022 is 25,930, which is on par with the same period of 2021 (13,880).");

        Assert.Equal(
            [(Indicators.Arrivals, Measures.Cumulative, "2022-01/2022-10", (long?)25930), (Indicators.Arrivals, Measures.Cumulative, "2021-01/2021-10", (long?)13880)],
            Observations(result));
    }

    [Fact]
    public void Parse_WholeYearInTheDecemberReport_ReadsAYear()
    {
        var result = ParseHtml("With 25,930 arrivals, 2022 saw the highest number of arrivals since 2019.", "Operational Update - December 2022", new DateOnly(2023, 1, 27));

        Assert.Equal([(Indicators.Arrivals, Measures.Year, "2022", (long?)25930)], Observations(result));
    }

    [Theory]
    [InlineData("Of those accommodated at the end of October, there were 1,150 in TRC Lipa, 470 in TRC Borići, 760 in TRC Ušivak and 415 in TRC Blažuj, while the remaining persons stayed in the asylum centres.")]
    [InlineData("By centre, at the end of October there were 1,150 in TRC Lipa, 470 in TRC Borići, 760 in TRC Ušivak and 415 in TRC Blažuj.")]
    public void Parse_BreakdownByCentre_ReadsSiteFiguresNotCountryTotals(string sentence)
    {
        var result = ParseHtml(sentence);

        Assert.Equal(
            [("Lipa", 1150L), ("Borići", 470L), ("Ušivak", 760L), ("Blažuj", 415L)],
            result.Figures.Select(f => (f.Site!, f.Value!.Value)));
        Assert.All(result.Figures, f => Assert.Equal((Indicators.Accommodated, Measures.Stock, "2022-10"), (f.Indicator, f.Measure, f.Period)));
    }

    [Fact]
    public void Parse_AsylumClaimsByPlace_AreNotSiteOccupancy()
    {
        var result = ParseHtml("22 asylum claims were registered in October, 13 of them in UNHCR’s Information Centre in Sarajevo, 8 in AC Delijaš and 1 in the Immigration Centre.");

        Assert.Equal([(Indicators.AsylumApplications, Measures.Month, "2022-10", (long?)22)], Observations(result));
    }

    [Theory]
    [InlineData("UNHCR’s 2022 requirements amount to USD 12,480,000, of which USD 6,412,337 had been received by 31 October 2022.")]
    [InlineData("UNHCR Representation in Bosnia and Herzegovina, bihsa@unhcr.org, Tel: +387 33 290 300")]
    [InlineData("Top three declared countries of origin are Afghanistan (45%), Burundi (32%) and Cuba (4%).")]
    public void Parse_MoneyPhonesAndShares_AreNotFigures(string sentence)
    {
        Assert.Empty(ParseHtml(sentence).Figures);
    }

    [Fact]
    public void Parse_TitleWithoutMonth_ResolvesBareMonthsWithThePublicationDate()
    {
        var result = ParseHtml("4,120 persons arrived irregularly in October.", title: "Operational Update", published: new DateOnly(2022, 11, 25));

        Assert.Equal([(Indicators.Arrivals, Measures.Month, "2022-10", (long?)4120)], Observations(result));
    }

    [Fact]
    public void Parse_NoMonthAnywhere_ReportsPeriodUnknownInsteadOfGuessing()
    {
        var html = Encoding.UTF8.GetBytes("<html><body><p>4,120 persons arrived irregularly.</p></body></html>");

        var result = Parser.Parse(html, Contexts.Html(title: null) with { Published = null });

        Assert.Empty(result.Figures);
        var issue = Assert.Single(result.Issues, i => i.Code == ParseIssueCodes.PeriodUnknown);
        Assert.Equal((1, 1), (issue.Page, issue.Line));
        Assert.Equal("4,120 persons arrived irregularly.", issue.Quote);
        Assert.Contains(result.Issues, i => i.Code == ParseIssueCodes.NoFigures);
    }

    [Fact]
    public void Parse_DifferentValuesForOneObservationOnOnePage_KeepsBothAndFlagsThem()
    {
        var result = ParseHtml("4,120 persons arrived irregularly in October.\nIn October, 4,121 refugees and migrants arrived irregularly in BiH.");

        Assert.Equal(2, result.Figures.Count);
        Assert.Equal(ParseIssueCodes.Ambiguous, Assert.Single(result.Issues).Code);
    }

    [Fact]
    public void Parse_HtmlServedAsPdf_FailsWithNotPdf()
    {
        var result = Parser.Parse(Encoding.UTF8.GetBytes("<html><body>Not found</body></html>"), Contexts.Pdf());

        Assert.True(result.Failed);
        Assert.Empty(result.Figures);
        Assert.Equal(ParseIssueCodes.NotPdf, Assert.Single(result.Issues).Code);
    }

    [Fact]
    public void Parse_PdfWithoutText_FailsWithEmpty()
    {
        var pdf = new TestPdf().NewPage().Build();

        var result = Parser.Parse(pdf, Contexts.Pdf());

        Assert.True(result.Failed);
        Assert.Equal(ParseIssueCodes.Empty, Assert.Single(result.Issues).Code);
    }
}
