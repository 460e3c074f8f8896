using MigrationFeeds.Parsing.Tests.Support;

namespace MigrationFeeds.Parsing.Tests.Extraction;

/// <summary>
/// A figure compared with a multiple of another year's, "respectively" after a figure that counts what the sentence
/// before counted, a footer's page of pages, lists of years written with a dash, spans of years to a year's end, and
/// the words that make a count no count of the country's (a transfer, a border crossing, a service).
/// </summary>
public sealed class ComparisonsListsAndFootersTests
{
    [Fact]
    public void Read_DoubleTheFigureOfAnEarlierYear_KeepsEachFigureItsOwnYear()
    {
        var keys = Extract.TitledKeys(
            "By May 2019, the number of refugees and migrants detected by the Border and Migration Police had reached 1,967, almost double the figure recorded in the whole of 2017 (1,049).",
            "UNHCR Albania update, May 2019", "ALB", "2019-06-10");

        Assert.Contains("ALB arrivals cumulative 2019-01/2019-05 1967", keys);
        Assert.DoesNotContain("ALB arrivals year 2017 1967", keys);
    }

    [Fact]
    public void Read_RespectivelyAfterAFigureOfTheSentenceBefore_PairsEachCountryWithItsValue()
    {
        var keys = Extract.TitledKeys(
            "In March 2023, 9,720 new arrivals were registered in the Western Balkans. Bosnia and Herzegovina followed with 1,558 (16%), while North Macedonia and Albania recorded 696 and 488 respectively.",
            "Western Balkans overview", null, "2023-04-10");

        Assert.Contains("MKD arrivals month 2023-03 696", keys);
        Assert.Contains("ALB arrivals month 2023-03 488", keys);
        Assert.DoesNotContain("ALB arrivals month 2023-03 696", keys);
    }

    [Fact]
    public void Read_AFootersPageOfPages_IsNoFigure()
    {
        var text = string.Join('\n',
            "WESTERN BALKANS ASYLUM STATISTICS | OCTOBER 2021",
            "",
            "In October 2021, 117 persons lodged asylum applications in Serbia.",
            "",
            "UNHCR RBE | Western Balkans Asylum Statistics | October 2021 | 1/2");

        Assert.Equal(["SRB asylum_applications month 2021-10 117"], Extract.Keys(Extract.Figures(text, null, "2021-11-26")));
    }

    [Fact]
    public void Read_HigherThanAtAnyTimeSince_DatesNoFigureOfTheNextSentence()
    {
        var keys = Extract.TitledKeys(
            "He said the numbers were higher than at any time since 2016. The police said on Monday that 64 migrants had been found in a truck near Batrovci.",
            "Nearly 10,000 migrants in Serbia", "SRB", "2022-08-16");

        Assert.DoesNotContain(keys, k => k.Contains("2016", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_AYearListWithDashes_GivesEachYearItsValue()
    {
        var text = string.Join('\n',
            "Tabela 4. Broj lica koja su podnijela zahtjev za azil",
            "2011. – 239",
            "2012. – 1.529",
            "2013. – 3.554",
            "",
            "Podgorica, 20. jul 2017.");

        Assert.Equal(
            ["MNE asylum_applications year 2011 239", "MNE asylum_applications year 2012 1529", "MNE asylum_applications year 2013 3554"],
            Extract.Keys(Extract.Figures(text, "MNE", "2017-07-20")).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("U periodu od 2007. do kraja 2015. godine Uprava policije je otkrila ukupno 4.957 lica koja su nezakonito ušla u Crnu Goru.")]
    [InlineData("From 2007 to the end of 2015, the police detected a total of 4,957 persons who had entered Montenegro irregularly.")]
    public void Read_FromAYearToTheEndOfAnother_IsTheWholeSpan(string body)
    {
        Assert.Equal(["MNE arrivals cumulative 2007-01/2015-12 4957"], Extract.TitledKeys(body, "Strategija", "MNE", "2017-07-20"));
    }

    [Theory]
    [InlineData("Стотина мигранти, главно жени и деца, од вчера до денеска се префрлени од граничната линија во транзитниот центар Табановце.", "MKD", "2016-03-11")]
    [InlineData("Tokom prošle nedelje oko 400 ljudi prebačeno je u centre na jugu Srbije.", "SRB", "2022-08-16")]
    public void Read_PersonsTransferred_AreNoStock(string body, string country, string published)
    {
        Assert.Empty(Extract.TitledKeys(body, "Migranti", country, published));
    }

    [Fact]
    public void Read_ABorderCrossingsFigure_AndTheNextClausesToo_AreNoCountrys()
    {
        Assert.Empty(Extract.TitledKeys(
            "Në vitin 2022, nëpërmjet pikës kufitare të Qafë Botës hynë në vend 1240 emigrantë të paligjshëm, ndërsa në gjashtë muajt e parë të këtij viti 396.",
            "Qafë Bota", "ALB", "2023-07-11"));
    }

    [Fact]
    public void Read_ABorderCrossingsFigure_ThenTheCountrys_KeepsTheCountrys()
    {
        var keys = Extract.TitledKeys(
            "Në vitin 2022, nëpërmjet pikës kufitare të Qafë Botës hynë 1240 emigrantë të paligjshëm, ndërsa në të gjithë Shqipërinë u kapën 12.216 emigrantë të paligjshëm.",
            "Qafë Bota", "ALB", "2023-07-11");

        Assert.Equal(["ALB arrivals year 2022 12216"], keys);
    }

    [Fact]
    public void Read_PersonsAssistedToRegisterAnIntention_AreAService()
    {
        Assert.Empty(Extract.TitledKeys(
            "Legal counselling was provided to 1,210 persons and 74 persons were assisted to register their intention to seek asylum with the SFA.",
            "BiH sitrep December 2020", "BIH", "2021-01-10"));
    }

    [Fact]
    public void Read_PersonsRegisteredAsAsylumSeekers_AreApplications()
    {
        Assert.Equal(
            ["ALB asylum_applications year 2018 4386"],
            Extract.TitledKeys("In 2018, according to INSTAT, 4,386 persons were registered as asylum-seekers in Albania.", "Albania update", "ALB", "2019-06-10"));
    }

    [Fact]
    public void Read_SaidOnAWeekday_DatesTheStatementsStock()
    {
        Assert.Equal(
            ["SRB present_total stock 2016-07-28 3000"],
            Extract.TitledKeys("Komesar Vladimir Cucić izjavio je u četvrtak da se u Srbiji nalazi oko 3.000 migranata.", "Cucić", "SRB", "2016-07-29"));
    }

    [Theory]
    [InlineData("Iz Uprave policije ranije su saopštili da je samo tokom jednog vikenda u oktobru na području Plava i Gusinja zatečeno 74 migranta.", "MNE", "2019-11-06")]
    [InlineData("Police said that over a single weekend in October, 74 migrants were found near Plav.", "MNE", "2019-11-06")]
    public void Read_AWeekendsCount_IsNoMonths(string body, string country, string published)
    {
        Assert.Empty(Extract.TitledKeys(body, "Migranti", country, published));
    }

    [Theory]
    [InlineData("Në të njëjtën periudhë u ndaluan në dalje edhe 410 tentativa për kalim të paligjshëm drejt Malit të Zi.", "ALB")]
    [InlineData("Hungary's police reported that they had prevented more than 100,000 attempts to cross the border illegally since the beginning of the year.", "SRB")]
    public void Read_AttemptsToCross_AreNoPersons(string body, string country)
    {
        Assert.Empty(Extract.TitledKeys(body, "Migrants", country, "2022-08-16"));
    }

    [Fact]
    public void Read_AndThatOpensAClause_WhosePlaceIsNotTheFigures()
    {
        Assert.Equal(
            ["SRB present_total stock 2018-09-06 4114"],
            Extract.TitledKeys("Komesar Vladimir Čučić izjavio je danas da se u Srbiji trenutno nalazi 4.114 migranata i da je situacija u prihvatnim centrima stabilna.", "Čučić", "SRB", "2018-09-06"));
    }

    [Fact]
    public void Read_FromAYearUntilAMonthOfALaterYear_IsTheWholeSpan()
    {
        Assert.Equal(
            ["SRB asylum_applications cumulative 2014-01/2021-07 39709"],
            Extract.TitledKeys("Prema podacima UNHCR-a, od 2014. do srpnja 2021. godine u Srbiji je zatraženo ukupno 39.709 azila.", "Azil", "SRB", "2021-08-27"));
    }

    [Fact]
    public void Read_AccommodatedThere_AfterASentenceOnOneCentre_IsThatCentres()
    {
        var keys = Extract.TitledKeys(
            "Ušivak temporary reception centre has up to 800 beds. On 25 September 2019, the day of the visit, around 730 people were accommodated there, mostly single men.",
            "Report of the visit", "BIH", "2019-10-01");

        Assert.Contains("BIH/Ušivak accommodated stock 2019-09-25 730", keys);
    }

    [Fact]
    public void Read_NearlyDoubleTheCountOfAnEarlierMonth_KeepsItsOwnSpan()
    {
        var keys = Extract.TitledKeys(
            "Between January and November 2018, the authorities of Bosnia and Herzegovina registered 23,271 migrants and refugees, nearly double the 12,817 recorded by the end of August.",
            "Mediterranean compilation, Western Balkans", null, "2018-11-30");

        Assert.Contains("BIH arrivals cumulative 2018-01/2018-11 23271", keys);
        Assert.DoesNotContain("BIH arrivals cumulative 2018-01/2018-08 23271", keys);
    }

    [Fact]
    public void Read_OverTheSameElevenMonths_IsTheSpanOfTheSentenceBefore()
    {
        var keys = Extract.TitledKeys(
            "Between January and November 2018, the authorities of Bosnia and Herzegovina registered 23,271 migrants and refugees. Montenegro registered 4,400 migrants and refugees over the same eleven months.",
            "Mediterranean compilation, Western Balkans", null, "2018-11-30");

        Assert.Contains("MNE arrivals cumulative 2018-01/2018-11 4400", keys);
    }

    [Fact]
    public void Read_TheMonthsArrivalsThatBroughtTheTotalSinceJanuary_AreTheMonths()
    {
        var text = string.Join('\n',
            "BOSNIA AND HERZEGOVINA OPERATIONAL UPDATE",
            "March 2021",
            "",
            "The 1,269 new arrivals recorded by the Service for Foreigners' Affairs brought the total since the beginning of the year to 2,712.");

        var keys = Extract.Keys(Extract.Figures(text, "BIH", "2021-04-16"));

        Assert.Equal(["BIH arrivals cumulative 2021-01/2021-03 2712", "BIH arrivals month 2021-03 1269"], keys.Order(StringComparer.Ordinal));
    }
}
