using MigrationFeeds.Parsing.Tests.Support;

namespace MigrationFeeds.Parsing.Tests.Extraction;

/// <summary>Years and spans of years as news states them, and the parts of a whole that are no totals of their own.</summary>
public sealed class YearsAndPartsTests
{
    private static IReadOnlyList<string> Read(string body, string title, string? country, string? published) =>
        Extract.TitledKeys(body, title, country, published);

    [Fact]
    public void Read_AMonthOfLastYear_IsThatMonthOfTheYearBefore()
    {
        Assert.Equal(
            ["BIH arrivals month 2019-08 3206", "BIH arrivals month 2019-07 4166"],
            Read("In August last year, 3,206 irregular migrants were registered, 23% fewer than in July, when there were 4,166.", "Migration news", "BIH", "2020-01-28"));
        Assert.Equal(
            ["BIH arrivals month 2019-08 3206", "BIH arrivals month 2019-07 4166"],
            Read("U avgustu prošle godine Službi za poslove sa strancima prijavljeno je 3.206 nezakonitih migranata, 23% manje nego u julu, kada ih je bilo 4.166.", "Migracije", "BIH", "2020-01-28"));
    }

    [Fact]
    public void Read_ASpanOfYears_IsOneCumulativeFigure()
    {
        Assert.Equal(
            ["ALB arrivals cumulative 2015-01/2019-12 11886", "ALB asylum_applications cumulative 2015-01/2019-12 6677"],
            Read("From 2015 to 2019, 11,886 persons arrived in Albania, of whom 6,677 applied for asylum.", "Albania news", null, null));
        Assert.Equal(
            ["ALB arrivals cumulative 2015-01/2019-12 11886"],
            Read("Nga viti 2015 e deri në vitin 2019 në Shqipëri kanë mbërritur 11 886 persona.", "Lajme", null, null));
        Assert.Equal(
            ["BIH arrivals cumulative 2018-01/2020-12 70000"],
            Read("Od 2018. do 2020. godine u BiH je ušlo oko 70.000 migranata.", "Vijesti", null, "2021-03-01"));
    }

    [Fact]
    public void Read_TheFirstDaysOfAYear_AreNoYearFigure()
    {
        Assert.Empty(Read("In the first seven days of 2016, 15,808 refugees entered North Macedonia.", "Balkan news", null, null));
        Assert.Empty(Read("U prvih sedam dana 2016. godine u Makedoniju je ušlo 15.808 izbeglica.", "Vesti", null, null));
    }

    [Fact]
    public void Read_AYearBeforeANamedYear_IsTheYearBeforeIt()
    {
        Assert.Equal(
            ["WB6 arrivals year 2021 120513", "WB6 arrivals year 2020 103371"],
            Read("The region recorded 120,513 arrivals in 2021 and 103,371 a year before that.", "Western Balkans route", null, null));
        Assert.Equal(
            ["ALB asylum_applications year 2023 261"],
            Read("Gjatë vitit 2023, 261 persona paraqitën kërkesë për azil në vendin tonë, nga 125 që ishin një vit më parë.", "Lajme", "ALB", null));
    }

    [Fact]
    public void Read_LastYearInAnUndatedTextOnAWholeYear_IsThatYear()
    {
        Assert.Equal(
            ["ALB asylum_applications year 2022 125", "ALB asylum_applications year 2021 2533"],
            Read("Sipas INSTAT, vitin e kaluar azil në Shqipëri kërkuan 125 persona, kundrejt 2.533 azilkërkuesve të regjistruar një vit më parë.", "INSTAT: më pak azilkërkues në Shqipëri në 2022", null, null));
    }

    [Fact]
    public void Read_AnUndatedText_NamingAMonthOfTheYear_DoesNotTakeTheYearAsWhole()
    {
        const string Title = "Western Balkans trends";
        Assert.Equal(["BIH arrivals year 2019 6201"], Read("In Bosnia and Herzegovina, 6,201 refugees and migrants were detected in 2019.", Title, null, null));
        Assert.DoesNotContain("BIH arrivals year 2019 6201",
            Read("In Bosnia and Herzegovina, 6,201 refugees and migrants were detected in 2019. The trend held through April 2019.", Title, null, null));
    }

    [Fact]
    public void Read_TheWholeRepeatedInAnOpeningThatPointsBack_IsNoNewFigure()
    {
        Assert.Equal(
            ["BIH arrivals cumulative 2020-01-01/2020-10-05 13333", "BIH asylum_intentions cumulative 2020-01-01/2020-10-05 12588", "BIH asylum_applications cumulative 2020-01-01/2020-10-05 1050"],
            Read("Od početka godine registrovano je 13.333 nezakonita migranta. Od tih 13.333 nezakonita migranta namjeru za podnošenje zahtjeva za azil iskazalo je 12.588 osoba, a zahtjev za azil podnijelo je samo njih 1.050.",
                "Migracije", "BIH", "2020-10-05"));
    }

    [Fact]
    public void Read_PartsOfAWholeThatCountMoreThanIt_AreNoFigures_PartsThatCountFewerAre()
    {
        // How the applicants entered is no count of arrivals: the parts add up to the applicants.
        Assert.Equal(
            ["XKX asylum_applications year 2020 1409"],
            Read("In 2020, 1,409 persons applied for asylum in Kosovo. Of these 1409, 887 entered Kosovo illegally and 20 legally, while for 502 persons it is not known how they entered.",
                "Kosovo news", null, null));

        // Where those present stay is what the accommodation figures count.
        Assert.Equal(
            ["SRB accommodated stock 2021-11 4617", "SRB outside_accommodation stock 2021-11 1002", "SRB present_total stock 2021-11 5619"],
            Read("At the end of November, 5,619 refugees and migrants were present in Serbia. Of them, 4,617 stayed in the governmental centres and 1,002 outside them.",
                "Serbia update, November 2021", null, "2021-12-10").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Read_EntriesListedByTheCountryTheyCameFrom_AreNoTotals()
    {
        Assert.Equal(
            ["XKX arrivals year 2020 1409"],
            Read("In 2020, 1,409 persons entered Kosovo irregularly: 99 from Serbia, 46 from North Macedonia and 16 others.", "Kosovo news", null, null));
        Assert.Empty(Read("Nga Serbia hynë 99, nga Maqedonia e Veriut 46, nga Mali i Zi një, kurse për 16 të tjerë nuk dihet.", "Kosova", "XKX", "2021-02-01"));
    }

    [Fact]
    public void Read_ALineOfLinksToOtherPages_GivesNoFigures()
    {
        Assert.Empty(Read("Share: Facebook | Twitter | Email Related: Border police intercept group of 27 migrants near Kakavija | Frontex extends its operation", "Albania news", "ALB", "2020-10-05"));
    }

    [Fact]
    public void Read_ANumberOfCentresWithItsAdjectivesAndNames_IsNoCountOfPersons()
    {
        Assert.Equal(
            ["SRB accommodated stock 2017-02-08 6500"],
            Read("Around 7,700 refugees were counted in Serbia. Over 6,500 of them (85%) were sheltered in 17 heated government facilities.", "Serbia Update 6-8 February 2017", "SRB", "2017-02-08")
                .Where(k => k.Contains("accommodated", StringComparison.Ordinal)));
        Assert.Equal(
            ["SRB accommodated stock 2018-10-28 3485"],
            Read("Some 3,900 refugees and migrants were counted in Serbia. Most of them, 3,485 (i.e. 89%), stayed in 15 governmental Reception/Transit (RTC) or Asylum Centres (AC).", "Serbia Update 26-28 October 2018", "SRB", "2018-10-28")
                .Where(k => k.Contains("accommodated", StringComparison.Ordinal)));
    }
}
