using MigrationFeeds.Parsing.Tests.Support;

namespace MigrationFeeds.Parsing.Tests.Extraction;

/// <summary>
/// North Macedonia's daily releases on certificates of a stated intention to seek asylum, in Macedonian and Albanian; the
/// day's count beside the count since the law changed; counts made at one centre; what people said they would do.
/// </summary>
public sealed class CertificatesAndCentresTests
{
    private static IReadOnlyList<string> Read(string text, string? country, string? published) =>
        Extract.Keys(Extract.Figures(text, country, published));

    [Fact]
    public void Read_CertificatesIssuedSinceTheLawChanged_AreIntentionsOverThePeriod()
    {
        Assert.Contains(
            "MKD asylum_intentions cumulative 2015-06-19/2015-10-07 122952",
            Read("Потврди за намера за азил\n\nВо периодот од 19.06.2015 до 07.10.2015 година потврди се издадени на вкупно 122.952 странски државјани.", "MKD", "2015-10-07"));
    }

    [Fact]
    public void Read_CertificatesOfTheLast24Hours_AreADaysCountAndNotWrittenDown()
    {
        Assert.Empty(Read(
            "Потврди за намера за азил\n\nОд 08,00 часот на 06.10.2015 до 08,00 часот на 07.10.2015 година потврди за искажана намера за азил добиле вкупно 2.582 странски државјани: 1.582 од машки и 319 од женски пол и 152 деца што патуваат без родител.",
            "MKD", "2015-10-07"));
    }

    [Fact]
    public void Read_CertificatesIssuedInAlbanian_AreIntentionsFromTheirDay()
    {
        Assert.Equal(
            ["MKD asylum_intentions cumulative 2015-06-19/2015-10-29 189957"],
            Read("Vërtetime për azil\n\nNë periudhën prej 19 qershorit deri më 29 tetor 2015 janë lëshuar gjithsej 189.957 vërtetime për shtetas të huaj në Maqedoni.", null, "2015-10-30"));
    }

    [Fact]
    public void Read_ALastDaysCountInAlbanian_IsNotWrittenDown()
    {
        Assert.Empty(Read("Frontex në korrik\n\nVetëm në dy ditët e fundit policia ka kapur mbi 130 emigrantë të paligjshëm në Shqipëri.", null, "2021-08-10"));
    }

    [Fact]
    public void Read_FirstMonthsWithADigitAndTheYearInAlbanian_IsAYearToDate()
    {
        Assert.Equal(
            ["ALB arrivals cumulative 2021-01/2021-07 8200"],
            Read("Emigrantët\n\nNë 7 muajt e parë të 2021 policia në Shqipëri ka kapur 8.200 emigrantë të paligjshëm.", null, "2021-08-10"));
    }

    [Fact]
    public void Read_WhatPeopleSaidTheyWouldDo_IsIntentionsAndTheStepAfterIsClaims()
    {
        Assert.Equal(
            ["BIH asylum_applications cumulative 2018-01-01/2018-06-03 437", "BIH asylum_intentions cumulative 2018-01-01/2018-06-03 4721"],
            Read("Migrants in Bosnia\n\nBosnia registered 5,319 irregular migrants between 1 January and 3 June. Of them, 4,721 said they would seek asylum, and 437 actually applied.", null, "2018-06-05")
                .Where(k => !k.Contains("arrivals", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Read_IntentionsCountedAtOneCentreNamedBeforeThem_AreNotTheCountrys()
    {
        Assert.Empty(Read(
            "Migrants in Bosnia\n\nAt the refugee centre in Salakovac, in southern Bosnia, 188 foreign nationals expressed the intent to seek asylum in May.",
            null, "2018-06-05"));
    }

    [Fact]
    public void Read_PeopleInACentreInThePresentTenseInSerbian_AreTheCentresOnThePublicationDay()
    {
        Assert.Equal(
            ["SRB/Subotica accommodated stock 2016-07-23 550"],
            Read("Izbeglice u Subotici\n\nPredstavnici grada kažu da su spremni. U Prihvatnom centru u Subotici je 550 ljudi, a očekuje se još.", null, "2016-07-23"));
    }

    [Fact]
    public void Read_PeopleWhoCrossedInThePastTenseInSerbian_AreNotDatedByThePublication()
    {
        Assert.DoesNotContain(
            Read("Migranti u Srbiji\n\nPredstavnici grada kažu da su spremni. Na granici je 550 ljudi prešlo u Mađarsku.", null, "2016-07-23"),
            k => k.Contains("present_total", StringComparison.Ordinal) || k.Contains("accommodated", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_MigrantsDetainedTryingToCross_AreArrivalsAndSmugglersArrestedDoNotMakeThemRemovals()
    {
        Assert.Equal(
            ["MKD arrivals month 2020-07 567"],
            Read("Migrants in the Balkans\n\nIn July alone, police said, they detained 567 migrants trying to cross North Macedonia illegally and arrested nine suspected smugglers.", null, "2020-08-12"));
    }

    [Fact]
    public void Read_MigrantsDetainedWithoutACrossing_StayRemovals()
    {
        Assert.Empty(Read("Migrants in the Balkans\n\nIn July, police in North Macedonia detained 567 migrants for deportation.", null, "2020-08-12"));
    }

    [Fact]
    public void Read_NoGroupsOfAKind_IsNoCountOfPersons()
    {
        Assert.Empty(Read("Montenegro police report\n\nIllegal migration in Montenegro keeps a transit character, and there are no registered organised crime groups behind it.", null, "2014-11-11"));
    }

    [Fact]
    public void Read_NoIntentionsRecorded_IsAZero()
    {
        Assert.Equal(
            ["SRB asylum_intentions month 2017-10 0"],
            Read("Asylum in Serbia\n\nIn October no intentions to seek asylum were recorded in Serbia.", null, "2017-11-05"));
    }

    [Fact]
    public void Read_PeopleInASentenceThatOpensAtOneCentrePastAnAside_AreTheCentres()
    {
        Assert.Contains(
            "SRB/Adaševci accommodated stock 2016-03-01 70",
            Read("Migranti u Šidu\n\nU Prihvatnom centru u Adaševcima, u koji može da se smesti oko 1.000 ljudi, trenutno je samo 70 migranata, a tokom dana ka Šidu je otišlo još njih.", null, "2016-03-01"));
    }

    [Fact]
    public void Read_PeopleStayingThereInASentenceOnOneCentre_AreTheCentres()
    {
        Assert.Equal(
            ["SRB/Preševo accommodated stock 2016-07-25 40"],
            Read("Refugees in Presevo\n\nThe situation at the Centre for the Reception of Refugees in Presevo is calm, and some 40 migrants are staying there at the moment, a UNHCR officer said.", null, "2016-07-25"));
    }

    [Fact]
    public void Read_PeopleInTheCountryInASentenceThatNamesACentre_StayTheCountrys()
    {
        Assert.Equal(
            ["SRB present_total stock 2016-07-25 4000"],
            Read("Refugees in Serbia\n\nWhile the centre in Presevo is calm, there are about 4,000 migrants in Serbia at the moment.", null, "2016-07-25"));
    }

    [Fact]
    public void Read_WhatIsCurrentlySoInAStatementMadeOnAWeekday_IsOfThatDay()
    {
        Assert.Equal(
            ["BIH/Lipa accommodated stock 2021-04-21 900"],
            Read("BiH building container camp\n\nMore than 900 migrants currently live in the temporary tent camp Lipa, the deputy director of the Service for Foreigners' Affairs told the public broadcaster on Wednesday.", null, "2021-04-22"));
    }

    [Fact]
    public void Read_WhatIsCurrentlySoWithoutAWeekday_IsOfThePublicationDay()
    {
        Assert.Equal(
            ["BIH/Lipa accommodated stock 2021-04-22 900"],
            Read("BiH building container camp\n\nMore than 900 migrants currently live in the temporary tent camp Lipa, the deputy director of the Service for Foreigners' Affairs said.", null, "2021-04-22"));
    }

    [Theory]
    [InlineData("Nine in ten migrants detected in Serbia in July were non-regional.")]
    [InlineData("One out of seven migrants detected in Serbia in July was a child.")]
    public void Read_AShareOfThePeople_IsNoCount(string sentence)
    {
        Assert.Empty(Read("Frontex on Serbia\n\n" + sentence, null, "2015-08-01"));
    }

    [Fact]
    public void Read_PeopleInSeveralCentres_KeepTheirCount()
    {
        Assert.Equal(["SRB accommodated stock 2015-07 4100"], Read("Frontex on Serbia\n\nIn July, 4,100 were accommodated in 18 centres in Serbia.", null, "2015-08-01"));
    }

    [Fact]
    public void Read_TheNextSentenceOfTheSameStatement_KeepsItsDay()
    {
        Assert.Equal(
            ["BIH accommodated stock 2021-04-21 4682", "BIH/Lipa accommodated stock 2021-04-21 900"],
            Read("BiH building container camp\n\nMore than 900 migrants currently live in the temporary tent camp Lipa, the deputy director told the public broadcaster on Wednesday. "
                + "He added that 4,682 migrants are currently accommodated in reception centres across the country.", null, "2021-04-22").Order(StringComparer.Ordinal));
    }
}
