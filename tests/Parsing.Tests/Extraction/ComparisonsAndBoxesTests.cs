using MigrationFeeds.Parsing.Tests.Support;

namespace MigrationFeeds.Parsing.Tests.Extraction;

/// <summary>
/// The same stretch of an earlier year said with another preposition or case than "in the same period", and what
/// key-figure boxes with a row of periods under their labels give each column.
/// </summary>
public sealed class ComparisonsAndBoxesTests
{
    [Theory]
    [InlineData("Од 1 јануари до 31 мај 2024 година во државата се откриени 1.698 мигранти, речиси двојно помалку во споредба со истиот период минатата година, кога биле откриени 3.349 мигранти.", "MKD")]
    [InlineData("Od 1. januara do 31. maja 2024. godine otkriveno je 1.698 migranata, skoro dvostruko manje u odnosu na isti period prošle godine, kada je otkriveno 3.349 migranata.", "SRB")]
    [InlineData("Nga 1 janari deri më 31 maj 2024 u kapën 1.698 migrantë, pothuajse sa gjysma krahasuar me të njëjtën periudhë të vitit të kaluar, kur u kapën 3.349 migrantë.", "ALB")]
    public void Read_TheSamePeriodLastYear_AfterAnotherPreposition_IsThoseMonthsOfLastYear(string body, string country)
    {
        Assert.Equal(
            [$"{country} arrivals cumulative 2024-01/2024-05 1698", $"{country} arrivals cumulative 2023-01/2023-05 3349"],
            Extract.TitledKeys(body, "Migranti", country, "2024-06-14"));
    }

    [Fact]
    public void Read_ABoxOfNumbersOverLabelsAndDates_GivesEachNumberItsOwnLabelAndPeriod()
    {
        var text = string.Join('\n',
            "EMERGENCY UPDATE #9",
            "Arrivals through the southern border · 9 October 2015",
            "",
            "61,380                    2,115                       55,907",
            "refugees and migrants     unaccompanied or separated   certificates of intention to seek",
            "arrived 19 June –         children among arrivals      asylum issued by the Ministry of",
            "8 October 2015            (19 June – 8 October)        Interior, 19 June – 4 October");

        Assert.Equal(
            ["MKD arrivals cumulative 2015-06-19/2015-10-08 61380", "MKD uasc_arrivals cumulative 2015-06-19/2015-10-08 2115", "MKD asylum_intentions cumulative 2015-06-19/2015-10-04 55907"],
            Extract.Keys(Extract.Figures(text, "MKD", "2015-10-09")));
    }

    [Fact]
    public void Read_ABoxColumnThatNamesOneCountry_IsNoSectionOnIt()
    {
        var text = string.Join('\n',
            "WESTERN BALKANS BRIEFING",
            "Belgrade, 20 May 2023",
            "",
            "7,310      19,804       58%",
            "new arrivals registered in the region in April 2023     arrivals since the beginning of 2023     share of Serbia in April arrivals",
            "",
            "Arrivals in the six Western Balkan countries and territories (Albania, Bosnia and Herzegovina, Kosovo, Montenegro, North Macedonia and Serbia) kept falling. "
            + "In April, authorities and partners registered 7,310 new arrivals, bringing the total since the beginning of the year to 19,804.");

        var keys = Extract.Keys(Extract.Figures(text, null, "2023-05-20"));

        Assert.Contains("WB6 arrivals month 2023-04 7310", keys);
        Assert.Contains("WB6 arrivals cumulative 2023-01/2023-04 19804", keys);
        Assert.DoesNotContain(keys, k => k.StartsWith("SRB", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_AReportOnTheDaysOfACalendarYear_GivesItsBoxTheWholeYear()
    {
        var text = string.Join('\n',
            "MINISTARSTVO SIGURNOSTI",
            "Sarajevo, 15.02.2022. godine",
            "",
            "INFORMACIJA O STANJU U OBLASTI MIGRACIJA",
            "za period 01.01. – 31.12.2021. godine",
            "",
            "15.740            191              14.916",
            "prijavljenih nezakonitih migranata    podnesenih zahtjeva za azil    izraženih namjera za podnošenje zahtjeva za azil");

        Assert.Equal(
            ["BIH arrivals year 2021 15740", "BIH asylum_applications year 2021 191", "BIH asylum_intentions year 2021 14916"],
            Extract.Keys(Extract.Figures(text, "BIH", null)));
    }

    [Fact]
    public void Read_FromTheStartOfAMonthToTheEndOfAnotherThisYear_AndTheSamePeriodLastYearAfterWhile_AreTheirSpans()
    {
        var body = "Služba za poslove sa strancima od početka siječnja do kraja kolovoza ove godine evidentirala je 11.292 nezakonita migranta, "
            + "dok ih je u istom razdoblju prošle godine bilo 18.440, objavilo je Ministarstvo sigurnosti.";

        Assert.Equal(["BIH arrivals cumulative 2020-01/2020-08 11292", "BIH arrivals cumulative 2019-01/2019-08 18440"], Extract.TitledKeys(body, "Migranti", "BIH", "2020-09-15"));
    }

    [Fact]
    public void Read_AKeyFigureOfTheNumberOfPeopleInTheCountry_IsThosePresent()
    {
        var text = string.Join('\n',
            "SERBIA UPDATE",
            "November 2021",
            "",
            "5,930                      4,488",
            "# of refugees, asylum-     # accommodated in the 14",
            "seekers and migrants in    operational governmental",
            "Serbia, end of November    centres");

        Assert.Equal(["SRB present_total stock 2021-11 5930", "SRB accommodated stock 2021-11 4488"], Extract.Keys(Extract.Figures(text, null, "2021-12-15")));
    }

    [Fact]
    public void Read_AYearComparedWithAfterWhenAndAPlace_GivesTheValueAfterItThatYear()
    {
        var body = "Në vitin 2021 numri i azilkërkuesve në Shqipëri ishte 1.810, në rënie krahasuar me vitin 2020, kur në Shqipëri u regjistruan 2.232 azilkërkues.";

        Assert.Equal(["ALB asylum_applications year 2021 1810", "ALB asylum_applications year 2020 2232"], Extract.TitledKeys(body, "Azilkërkuesit", "ALB", "2022-07-06"));
    }

    [Fact]
    public void Read_HoursFromTheFirstOfJanuaryToADay_AreTheYearSoFar_AndTheHoursOfOneDayAreThatDay()
    {
        var body = "Во изминатите 24 часа, од 00,00 до 24,00 часот на 12.03.2016 година, издадени се 40 потврди за изразена намера за азил. "
            + "Вкупно, од 00,00 часот на 01.01.2016 година до 24,00 часот на 12.03.2016 година, издадени се 90.117 потврди за изразена намера за поднесување барање за азил.";

        Assert.Equal(["MKD asylum_intentions cumulative 2016-01-01/2016-03-12 90117"], Extract.TitledKeys(body, "Соопштение", "MKD", "2016-03-13"));
    }

    [Fact]
    public void Read_AHouseNumberBeforeAPostcode_IsNoFigure()
    {
        var text = "BIH OPERATIONAL UPDATE\nAugust 2022\n\nIn August, 2,311 new arrivals were recorded in Bosnia and Herzegovina.\n\n"
            + "UNHCR Representation in Bosnia and Herzegovina · Zmaja od Bosne 11, 71000 Sarajevo · www.unhcr.org/see\n";

        Assert.Equal(["BIH arrivals month 2022-08 2311"], Extract.Keys(Extract.Figures(text, null, "2022-09-20")));
    }

    [Fact]
    public void Read_ADashSetAsABulletBeforeACapital_StartsASentence_SoTheItemBeforeLendsItNoWords()
    {
        var text = "BIH OPERATIONAL UPDATE\nAugust 2022\n\n"
            + "- In August, 2,311 new arrivals were recorded. Families and unaccompanied children were placed in Borići and Ušivak.\n"
            + "- UNHCR's partner provided legal counselling to 356 persons and represented 40 in asylum procedures.\n";

        Assert.Equal(["BIH arrivals month 2022-08 2311"], Extract.Keys(Extract.Figures(text, "BIH", "2022-09-20")));
    }

    [Fact]
    public void Read_TheSamePeriodAfterASentenceOnASpanOfDays_IsThatSpan_EvenPastASentenceOnItsParts()
    {
        var body = "Вкупно, од 00,00 часот на 01.01.2016 година до 24,00 часот на 12.03.2016 година, издадени се 90.117 потврди за изразена намера. "
            + "Од нив 36.020 се мажи и 21.544 жени. Во истиот период, барање за признавање право на азил поднеле 26 лица.";

        var keys = Extract.TitledKeys(body, "Соопштение", "MKD", "2016-03-13");

        Assert.Contains("MKD asylum_intentions cumulative 2016-01-01/2016-03-12 90117", keys);
        Assert.Contains("MKD asylum_applications cumulative 2016-01-01/2016-03-12 26", keys);
    }
}
