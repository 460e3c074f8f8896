using MigrationFeeds.Parsing.Tests.Support;

namespace MigrationFeeds.Parsing.Tests.Extraction;

/// <summary>
/// Days named by their weekday or as "yesterday" at a span's end, a month "of this year", datelines with spaced numbers,
/// hundreds in words, and which numbers a sentence's parts and places belong to.
/// </summary>
public sealed class DaysMonthsAndPartsTests
{
    [Theory]
    [InlineData("According to the Commissariat, there were more than 200 people in the Obrenovac centre on Monday.", "SRB/Obrenovac accommodated stock 2019-05-13 200")]
    [InlineData("U prihvatnom centru u Obrenovcu u ponedeljak je boravilo oko 800 migranata.", "SRB/Obrenovac accommodated stock 2019-05-13 800")]
    public void Read_ACountOnANamedWeekday_IsOfTheLastSuchDayUpToThePage(string body, string expected)
    {
        Assert.Equal([expected], Extract.TitledKeys(body, "Migration in Serbia", null, "2019-05-14"));
    }

    [Fact]
    public void Read_AWeekdayOnlyDatesItsOwnClause_NotTheNextSentence()
    {
        var body = "On Tuesday the minister visited the reception centre in Preševo, near the border with North Macedonia. "
            + "The reception centre in Preševo can take up to 1,300 people, 900 of them in solid buildings.";

        Assert.Equal(["SRB/Preševo capacity stock 2021-02-04 1300"], Extract.TitledKeys(body, "Preševo", null, "2021-02-04"));
    }

    [Fact]
    public void Read_AnArrestedGroupOnAWeekday_IsNoCountOfPeoplePresent()
    {
        var body = "Regional media report on a group of 20 people from Afghanistan and Pakistan who were arrested on Friday on a train near the border with Montenegro.";

        Assert.Empty(Extract.TitledKeys(body, "Daily Digest", null, "2016-10-29"));
    }

    [Theory]
    [InlineData("The ministry said that in January this year only five persons applied for asylum in North Macedonia, the lowest monthly figure in years.", "MKD asylum_applications month 2019-01 5")]
    [InlineData("Во јануари оваа година барање за азил во Северна Македонија поднеле само пет лица, соопшти Министерството за внатрешни работи.", "MKD asylum_applications month 2019-01 5")]
    [InlineData("Prema podacima MUP-a, u januaru ove godine u Srbiju je nezakonito ušlo 1.200 migranata, što je manje nego prošle zime.", "SRB arrivals month 2019-01 1200")]
    public void Read_AMonthOfThisYear_IsThatMonth_NotTheYearSoFar(string body, string expected)
    {
        Assert.Equal([expected], Extract.TitledKeys(body, "Vesti", null, "2019-02-14"));
    }

    [Theory]
    [InlineData("Since January this year, 1,200 migrants have entered Montenegro irregularly, the police said.", "MNE arrivals cumulative 2019-01-01/2019-06-10 1200")]
    [InlineData("Prema podacima Službe za poslove sa strancima, na dan 31. maja u centrima za smještaj migranata u BiH nalazile su se ukupno 4.384 osobe, a 30. aprila ove godine njih 5.604.", "BIH accommodated stock 2019-04-30 5604")]
    public void Read_AMonthOfThisYearAfterSinceOrADay_KeepsTheSpanOrTheDay(string body, string expected)
    {
        Assert.Contains(expected, Extract.TitledKeys(body, "Vijesti", null, "2019-06-10"));
    }

    [Fact]
    public void Read_ATotalSinceJanuaryBesideJanuarysOwnFigure_RunsToThePage()
    {
        var body = "U januaru je u Srbiju ušlo 1.200 migranata, a od početka godine ukupno 4.500, saopštio je MUP.";

        Assert.Equal(["SRB arrivals month 2019-01 1200", "SRB arrivals cumulative 2019-01-01/2019-05-14 4500"],
            Extract.TitledKeys(body, "Migracije", null, "2019-05-14"));
    }

    [Theory]
    [InlineData("Од 1 јануари 2015 година, па заклучно со вчера, полицијата издаде потврди за изразена намера за азил во Македонија на 9.510 лица.", "MKD asylum_intentions cumulative 2015-01-01/2015-07-08 9510")]
    [InlineData("Od 1. januara pa zaključno sa jučerašnjim danom, namjeru za azil u BiH izrazilo je 9.510 osoba, saopćila je Služba.", "BIH asylum_intentions cumulative 2015-01-01/2015-07-08 9510")]
    public void Read_ASpanUpToYesterday_EndsTheDayBeforeThePage(string body, string expected)
    {
        Assert.Equal([expected], Extract.TitledKeys(body, "Вести", null, "2015-07-09"));
    }

    [Fact]
    public void Read_ACountUpToYesterdayWithNoStart_IsNoSpan()
    {
        var body = "Ministar je poslije sjednice saopštio da je u BiH zaključno s jučerašnjim danom registrovano 6.982 migranta.";

        Assert.Empty(Extract.TitledKeys(body, "Vijesti", null, "2018-06-22"));
    }

    [Fact]
    public void Read_AMacedonianTextSharingSerbiansWords_IsReadAsMacedonian()
    {
        var body = "Од 19 јуни 2015 година, кога стапија на сила измените на Законот за азил, па заклучно со вчера, издадени се потврди "
            + "за изразена намера за азил на 9.510 лица во Македонија.";

        Assert.Equal(["MKD asylum_intentions cumulative 2015-06-19/2015-07-18 9510"], Extract.TitledKeys(body, "Азил", null, "2015-07-19"));
    }

    [Theory]
    [InlineData("Oko dvije stotine migranata u subotu je dobilo smještaj u šatorima u kampu Lipa.", "BIH/Lipa accommodated stock 2021-01-09 200")]
    [InlineData("Prema podacima Službe za poslove sa strancima, u kampu Lipa kod Bihaća trenutno boravi tristo migranata.", "BIH/Lipa accommodated stock 2021-01-09 300")]
    public void Read_HundredsInWords_AreHundreds(string body, string expected)
    {
        Assert.Equal([expected], Extract.TitledKeys(body, "Vijesti", null, "2021-01-09"));
    }

    [Fact]
    public void Read_ADatelineWithSpacedNumbers_DatesThePage()
    {
        var body = "Petak, 02. 10. 2020.\nU privremenim prihvatnim centrima u Bosni i Hercegovini trenutno je smješteno 5.495 migranata.";

        Assert.Equal(["BIH accommodated stock 2020-10-02 5495"], Extract.TitledKeys(body, "Saopćenje", null, null));
    }

    [Fact]
    public void Read_TheServicesCases_InBosnian_AreThoseItRegistered()
    {
        var body = "Od početka 2020. godine predmetom rada Službe za poslove sa strancima bilo je ukupno 13.436 migranata u Bosni i Hercegovini.";

        Assert.Equal(["BIH arrivals cumulative 2020-01-01/2020-10-02 13436"], Extract.TitledKeys(body, "Saopćenje", null, "2020-10-02"));
    }

    [Fact]
    public void Read_MigrantsCaughtLastYear_InAlbanian_AreLastYearsArrivals()
    {
        var body = "Sipas Policisë së Shtetit, vitin e shkuar u kapën 1 mijë e 540 emigrantë të parregullt në Shqipëri, të cilët kaluan ilegalisht kufirin.";

        Assert.Equal(["ALB arrivals year 2024 1540"], Extract.TitledKeys(body, "Lajme", null, "2025-08-25"));
    }

    [Fact]
    public void Read_AFlowACentresDirectorGivesForTheCountry_IsTheCountrys()
    {
        var body = "Sipas drejtorit të Qendrës për Azilkërkues në Magurë, nga janari e deri sot në Kosovë kanë kërkuar azil 187 persona.";

        Assert.Equal(["XKX asylum_applications cumulative 2021-01-01/2021-06-16 187"], Extract.TitledKeys(body, "Lajme", null, "2021-06-16"));
    }

    [Fact]
    public void Read_AFlowCountedAtOneCentre_StaysThatCentres()
    {
        var body = "At the refugee centre in Salakovac, 188 foreign nationals expressed the intent to seek asylum in 2019.";

        Assert.Empty(Extract.TitledKeys(body, "Asylum", null, "2020-02-16"));
    }

    [Fact]
    public void Read_ALargerNumberAfterAFlow_IsNoPartOfIt()
    {
        var body = "The minister said on Monday that 3,000 migrants had arrived in Serbia this year and that 4,000 are now in the centres.";

        Assert.Contains("SRB accommodated stock 2019-05-13 4000", Extract.TitledKeys(body, "Migration in Serbia", null, "2019-05-14"));
    }

    [Fact]
    public void Read_PeopleInsideACentre_AreItsResidents()
    {
        var body = "According to the Commissariat, there were more than 200 people inside the centre in Obrenovac on Monday.";

        Assert.Equal(["SRB/Obrenovac accommodated stock 2019-05-13 200"], Extract.TitledKeys(body, "Migration in Serbia", null, "2019-05-14"));
    }
}
