using MigrationFeeds.Parsing.Tests.Support;

namespace MigrationFeeds.Parsing.Tests.Extraction;

/// <summary>
/// The classes of phrasing and layout real publications use, one behaviour each, read by the general parser with no
/// country given unless a test says so (the sentences are written for these tests, after the real structures).
/// </summary>
public sealed class RealPhrasingTests
{
    private static IReadOnlyList<string> Read(string body, string title = "Regional update, October 2022", string? country = null, string? published = "2022-11-20") =>
        Extract.Keys(Extract.Figures(title + "\n\n" + body, country, published));

    [Fact]
    public void Read_RowOfNumbersBeforeLabels_PairsThemLargestFirstByTheirOrder()
    {
        Assert.Equal(
            ["BIH asylum_applications cumulative 2022-01/2022-10 310", "BIH asylum_intentions cumulative 2022-01/2022-10 12480", "BIH arrivals cumulative 2022-01/2022-10 14020"],
            Read("310 12480 14020 # of Arrivals # of Attestations on Intention to Seek Asylum # of Asylum Applications 1 January - 31 October 2022", "Bosnia and Herzegovina: key figures, October 2022"));
    }

    [Fact]
    public void Read_TwoBareNumbersBeforeAnEstimate_AreItsRange()
    {
        Assert.Equal(["BIH present_total stock 2022-10 3000-3500"], Read("3,000 3,500 Estimated number of refugees and migrants in BiH", "Bosnia and Herzegovina update, October 2022"));
    }

    [Fact]
    public void Read_ChartSeries_GivesNoFigures()
    {
        Assert.Empty(Read("Arrivals per month 310 420 515 640 722 Jan Feb Mar Apr May", "Bosnia and Herzegovina update, October 2022"));
    }

    [Fact]
    public void Read_TableOfPeriodsByCountry_GivesEachCellItsCountryAndPeriod()
    {
        Assert.Equal(
            ["SRB arrivals month 2022-10 1210", "SRB arrivals month 2022-09 1380", "SRB arrivals cumulative 2022-01/2022-10 9870",
             "MKD arrivals month 2022-10 402", "MKD arrivals month 2022-09 377", "MKD arrivals cumulative 2022-01/2022-10 3011"],
            Read("IRREGULAR ARRIVALS REGISTERED BY THE AUTHORITIES\nCountry October 2022 September 2022 1 Jan – 31 Oct 2022\nCroatia 1,047 1,366 7,562\nSerbia 1,210 1,380 9,870\nNorth Macedonia 402 377 3,011"));
    }

    [Fact]
    public void Read_HeadingInCapitals_GivesTheSectionsCountry()
    {
        Assert.Equal(["MNE arrivals month 2022-10 640"], Read("4 MONTENEGRO\nThe police registered 640 irregular migrants in October."));
    }

    [Fact]
    public void Read_EuropeWideTotalBesideTheRoutes_GivesOnlyTheRoutesFigure()
    {
        Assert.Equal(["WB6 arrivals year 2021 61735"],
            Read("Across the EU, some 200,000 irregular border crossings were detected in 2021, of which 61,735 on the Western Balkan route.", published: "2022-01-15"));
    }

    [Fact]
    public void Read_SumOfSeveralCountries_IsNotAnyCountrysFigure()
    {
        Assert.Equal(["BIH arrivals cumulative 2022-01/2022-10 21000", "ALB arrivals cumulative 2022-01/2022-10 3400", "MNE arrivals cumulative 2022-01/2022-10 4600"],
            Read("Bosnia and Herzegovina (21,000), Albania (3,400) and Montenegro (4,600) have together registered 29,000 migrants since January."));
    }

    [Fact]
    public void Read_Respectively_PairsTheValuesWithTheCountriesInOrder()
    {
        Assert.Equal(["MNE asylum_applications month 2022-10 38", "XKX asylum_applications month 2022-10 41"],
            Read("In Montenegro and Kosovo, 38 and 41 asylum applications respectively were lodged in October."));
    }

    [Fact]
    public void Read_RespectivelyWithCentres_GivesEachCentreItsFigure()
    {
        Assert.Equal(["MKD/Vinojug accommodated stock 2022-10 47", "MKD/Tabanovce accommodated stock 2022-10 23"],
            Read("At the end of the month the transit centres Vinojug and Tabanovce accommodated 47 and 23 persons respectively.", country: "MKD"));
    }

    [Fact]
    public void Read_CountNextToAShare_IsTheCountOfTheShare()
    {
        Assert.Equal(["SRB accommodated stock 2022-10 3797"], Read("93% (or 3,797) were accommodated in governmental centres.", country: "SRB"));
    }

    [Fact]
    public void Read_SubgroupBesideAShare_IsNotTheTotal()
    {
        Assert.Empty(Read("Women and children made up 11% (431) of the people accommodated in Serbia."));
    }

    [Fact]
    public void Read_TwoYearsWithTwoFigures_GivesEachYearItsFigure()
    {
        Assert.Equal(["ALB arrivals year 2017 752", "ALB arrivals year 2018 3401"], Read("Registered arrivals in Albania grew from 752 in 2017 to 3,401 in 2018.", published: "2019-02-01"));
    }

    [Fact]
    public void Read_TimesTheEarlierFigure_GivesThatYearsFigure()
    {
        Assert.Contains("XKX arrivals year 2017 147", Read("The police of Kosovo registered 514 migrants since January, three times the 147 recorded in the whole of 2017.", "Kosovo update, November 2018"));
    }

    [Fact]
    public void Read_UntilMidMonth_RunsFromJanuaryToTheFifteenth()
    {
        Assert.Equal(["SRB arrivals cumulative 2019-01-01/2019-11-15 27000"],
            Read("До средине новембра у Србији је регистровано око 27.000 нових миграната.", "Вести", published: "2019-11-30"));
    }

    [Fact]
    public void Read_LastYearInLocalWords_IsTheYearBeforeThePublication()
    {
        Assert.Equal(["BIH arrivals year 2018 24000"], Read("Služba za poslove sa strancima prošle godine je u BiH evidentirala 24.000 nezakonitih migranata.", "Vijesti", published: "2019-06-08"));
    }

    [Fact]
    public void Read_NumberNotPlacedInTime_GivesNothing()
    {
        Assert.Empty(Read("Since the training, the police registered 157 migrants in Serbia.", "News", published: "2021-02-04"));
    }

    [Fact]
    public void Read_NounTheLexiconDoesNotKnow_IsNotCountedAsPersons()
    {
        Assert.Empty(Read("U Srbiji ima pet prioriteta i 17 mjera.", "Vijesti", published: "2022-11-20"));
    }

    [Fact]
    public void Read_WeeklyFlow_IsNotWrittenDown()
    {
        Assert.Empty(Read("In the week of 19-25 October, 131 migrants were apprehended in North Macedonia."));
    }

    [Fact]
    public void Read_DocumentWithoutACountry_TellsItFromItsTitle()
    {
        Assert.Equal(["MNE arrivals month 2022-10 512"], Read("The police registered 512 irregular migrants in October.", "Montenegro: police statistics, October 2022"));
    }

    [Fact]
    public void Read_DatelineOfANewsPage_IsItsPublicationDate()
    {
        Assert.Equal(["SRB accommodated stock 2022-11-28 4835"],
            Read("28 November 2022\nThere are currently 4,835 migrants in Serbia's reception centres.", "News", published: null));
    }

    [Theory]
    [InlineData("In the first three quarters of 2021, about 40 200 irregular border crossings were detected in the Western Balkans.", "WB6 arrivals cumulative 2021-01/2021-09 40200")]
    [InlineData("Over the first ten months of the year, 128 000 irregular crossings were detected in the Western Balkans.", "WB6 arrivals cumulative 2022-01/2022-10 128000")]
    [InlineData("U prvih devet meseci 2021. godine u Srbiji je registrovano 2.100 migranata.", "SRB arrivals cumulative 2021-01/2021-09 2100")]
    [InlineData("Në gjashtë muajt e parë të vitit 2021, në Shqipëri u kapën 1.200 migrantë të parregullt.", "ALB arrivals cumulative 2021-01/2021-06 1200")]
    public void Read_FirstMonthsOfAYear_RunFromJanuary(string sentence, string expected)
    {
        Assert.Equal([expected], Read(sentence, "News", published: "2022-11-14"));
    }

    [Fact]
    public void Read_PartOfTheFigureBeforeInAPeriodOfItsOwn_CountsTheSame()
    {
        Assert.Equal(["WB6 arrivals month 2021-09 10400", "WB6 arrivals cumulative 2021-01/2021-09 40200"],
            Read("The Western Balkan route saw about 40 200 illegal border crossings in the first three quarters of 2021. September alone accounted for 10 400 of them. Some 2,000 of them were Afghans.", "News", published: "2021-10-15"));
    }

    [Fact]
    public void Read_HeadingNamingTheRegion_GivesItsSectionTheRegionAndEndsAtTheNextPlace()
    {
        Assert.Equal(["WB6 arrivals month 2022-10 22300", "WB6 arrivals cumulative 2022-01/2022-10 128000"],
            Read("Western Balkans\n\nWith more than 22 300 detections in October, the route remained the busiest. Over the first ten months of the year, more than 128 000 irregular crossings were detected on this route.\n\nCentral Mediterranean\n\nAbout 9 800 crossings were detected in October.",
                "EU external borders: highest number of irregular entries since 2016", published: "2022-11-14"));
    }

    [Fact]
    public void Read_SeveralOfTheSixNamedTogetherUnderARegionalHeading_IsTheirSumNotTheRegions()
    {
        Assert.Empty(Read("WESTERN BALKANS IN FOCUS\nBetween January and October 2022 the authorities of Albania, Kosovo* and Montenegro registered 9,465 migrants.", "Regional update"));
    }

    [Fact]
    public void Read_MonthToMonthWithoutFrom_IsTheInterval()
    {
        Assert.Equal(["WB6 arrivals cumulative 2020-01/2020-10 19700"],
            Read("Preliminary data for January to October 2020 show more than 19 700 migrants detected on the Western Balkan route.", "News", published: "2020-11-13"));
    }

    [Fact]
    public void Read_NumbersInBracketsThatAddUpToTheNumberBefore_AreItsBreakdownNotFigures()
    {
        Assert.Equal(["BIH asylum_applications month 2022-10 384", "BIH uasc_arrivals month 2022-10 53"],
            Read("53 (2 girls, 51 boys) unaccompanied minors identified\n\n384(46 f, 338 m) Asylum applications", "Bosnia and Herzegovina update, October 2022").Order(StringComparer.Ordinal).ToList());
    }

    [Fact]
    public void Read_OneFigureInBracketsAfterATotal_IsAFigureOfItsOwn()
    {
        Assert.Contains("BIH uasc_arrivals cumulative 2022-01/2022-10 270",
            Read("BiH authorities registered 1,889 arrivals in October 2022, which takes the total for 2022 to almost 13,500 (including approximately 270 unaccompanied and separated children).", "Bosnia and Herzegovina update, October 2022"));
    }

    [Theory]
    [InlineData("In January 157 irregular migrants were detected, in February 315, in March 340.")]
    [InlineData("Broj ilegalnih ulazaka je porastao: u siječnju je otkriveno 157 ilegalnih migranata, u veljači 315, u ožujku 340.")]
    [InlineData("U januaru je otkriveno 157 ilegalnih migranata, u februaru 315, u martu 340.")]
    public void Read_ListOfMonthsEachBeforeItsNumber_GivesEachMonthItsNumber(string sentence)
    {
        Assert.Equal(["BIH arrivals month 2022-01 157", "BIH arrivals month 2022-02 315", "BIH arrivals month 2022-03 340"],
            Read(sentence, "News", country: "BIH", published: "2022-04-16"));
    }

    [Theory]
    [InlineData("At the border, 125 persons were deterred from crossing in January.")]
    [InlineData("Na graničnoj crti je u siječnju od ilegalnoga prelaska odvraćeno 125 osoba.")]
    public void Read_PersonsTurnedAwayAtTheBorder_AreNotArrivals(string sentence)
    {
        Assert.Empty(Read(sentence, "News", country: "BIH", published: "2022-04-16"));
    }

    [Theory]
    [InlineData("Montenegro registered 876 irregular entries in April – June, most of them at the border with Albania.", "MNE arrivals cumulative 2021-04/2021-06 876")]
    [InlineData("Kosovo* registered 305 asylum-seekers in the second quarter.", "XKX asylum_applications cumulative 2021-04/2021-06 305")]
    [InlineData("In the third quarter of 2020, 1,150 arrivals were registered in North Macedonia.", "MKD arrivals cumulative 2020-07/2020-09 1150")]
    public void Read_QuarterOrMonthRangeWithoutAYear_IsItsMonthsInTheReportsYear(string sentence, string expected)
    {
        Assert.Equal([expected], Read(sentence, "Regional overview, April – June 2021", published: "2021-08-01"));
    }

    [Fact]
    public void Read_QuarterNotYetOver_GivesNothing()
    {
        Assert.Empty(Read("Kosovo* registered 305 asylum-seekers in the fourth quarter.", "Regional overview, April – June 2021", published: "2021-08-01"));
    }

    [Fact]
    public void Read_KeyFiguresFlattenedIntoOneLineWithDatedLabels_GivesEachNumberTheLabelAfterIt()
    {
        Assert.Equal(["BIH outside_accommodation stock 2019-11 3550", "BIH accommodated stock 2019-11 3996"],
            Read("KEY INDICATORS 3,550 estimated asylum seeker and migrant population in BiH outside formal accommodation capacities at the end of November 2019 "
                 + "3,996 Number of people assisted in formal accommodation sites at the end of November 2019",
                "Inter-agency operational update, 1-30 November 2019", country: "BIH", published: "2019-12-10"));
    }

    [Theory]
    [InlineData("Prema riječima direktora, u Srbiji trenutno borave 3.100 migranata.", "SRB present_total stock 2022-11-20 3100")]
    [InlineData("Prema riječima direktora, u prihvatnom centru u Obrenovcu trenutno borave 640 migranata.", "SRB/Obrenovac accommodated stock 2022-11-20 640")]
    [InlineData("Some 640 migrants are currently staying in the reception centre in Obrenovac.", "SRB/Obrenovac accommodated stock 2022-11-20 640")]
    public void Read_PersonsStaying_AreInTheCentreWhenOneIsNamedAndInTheCountryOtherwise(string sentence, string expected)
    {
        Assert.Equal([expected], Read(sentence, "News", country: "SRB"));
    }

    [Fact]
    public void Read_MonthNotYetOverInNews_IsCountedUpToThePublicationDay()
    {
        Assert.Equal(["BIH arrivals cumulative 2022-11-01/2022-11-26 512"],
            Read("U novembru je otkriveno 512 ilegalnih migranata, saopćeno je iz Granične policije.", "Vijesti", country: "BIH", published: "2022-11-26"));
        Assert.Equal(["BIH arrivals month 2022-11 512"],
            Read("U novembru je otkriveno 512 ilegalnih migranata, saopćeno je iz Granične policije.", "Vijesti", country: "BIH", published: "2022-11-30"));
    }

    [Fact]
    public void Read_TotalFollowedByItsMonths_IsTheirSpanTogether()
    {
        Assert.Contains("BIH arrivals cumulative 2022-01/2022-04 1036",
            Read("Od ukupno 1036 otkrivenih ilegalnih migranata u januaru je otkriveno 157, u februaru 315, u martu 340, u aprilu 224.", "News", country: "BIH", published: "2022-05-16"));
    }

    [Theory]
    [InlineData("Among those who expressed the intention in October 2022, most were nationals of Pakistan (326), Afghanistan (285) and Iran (189).")]
    [InlineData("Most of them stay in Obrenovac TC (374), Krnjaca AC (192) or Presevo RC (64) at the end of October 2022.")]
    public void Read_ValuesInBracketsAfterNames_AreNoTotalOfTheirOwn(string sentence)
    {
        Assert.Empty(Read(sentence, "News", country: "SRB"));
    }

    [Fact]
    public void Read_CentresInBracketsAfterAFigureOfAccommodated_AreEachCentresFigure()
    {
        Assert.Equal(
            ["SRB accommodated stock 2022-10-31 834", "SRB/Preševo accommodated stock 2022-10-31 608", "SRB/Vranje accommodated stock 2022-10-31 134", "SRB/Bujanovac accommodated stock 2022-10-31 92"],
            Read("On 31 October 2022, 834 refugees and migrants were accommodated in the reception centres of Presevo (608), Vranje (134) and Bujanovac (92).", "News", country: "SRB"));
    }

    [Fact]
    public void Read_ComparedValueAfterWhen_HasTheComparedPeriodAndTheFiguresIndicator()
    {
        Assert.Equal(["BIH arrivals month 2022-10 2041", "BIH arrivals month 2022-09 2290"],
            Read("In October 2022, 2,041 illegal migrants were reported, 11 percent fewer than in September this year, when there were 2,290.", "News", country: "BIH"));
        Assert.Equal(["SRB asylum_intentions year 2021 6199"],
            Read("Asylum in Serbia rose again. That is more than in 2021, when 6,199 persons intending to seek asylum were registered.", "News", country: "SRB"));
    }

    [Fact]
    public void Read_FirstLinesMonthLongBeforePublication_IsNotTheReportMonth()
    {
        Assert.Equal(["BIH arrivals cumulative 2018-01-01/2019-05-20 30268"],
            Read("Its authorities have detected 30,268 refugees and migrants since January 2018.", "Population trends", country: "BIH", published: "2019-05-20"));
    }

    [Fact]
    public void Read_TravellersAtTheBorder_AreMoreThanACountryCanCountAsArrivals()
    {
        Assert.Equal(["BIH arrivals month 2022-05 2811"],
            Read("Granična policija je u maju 2022 na ulazu u BiH evidentirala 716.158 osoba i otkrila 2.811 ilegalnih migranata.", "Vijesti", country: "BIH", published: "2022-06-10"));
    }

    [Fact]
    public void Read_PageNumberAfterARunningHead_IsNoFigure()
    {
        Assert.Empty(Read("REGIONAL OVERVIEW · APRIL – JUNE 2022 3\nARRIVALS", "Regional overview", country: "WB6"));
    }

    [Fact]
    public void Read_SentenceOfCentresInBracketsAfterACentreList_ContinuesThatList()
    {
        Assert.Equal(
            ["SRB/Krnjača accommodated stock 2022-10 523", "SRB/Obrenovac accommodated stock 2022-10 865", "SRB/Pirot accommodated stock 2022-10 172", "SRB/Vranje accommodated stock 2022-10 155"],
            Read("Najveći broj bio je smešten u prihvatnom centru u Obrenovcu (865) i u centru za azil u Krnjači (523). Slede centri srednje veličine u Pirotu (172) i Vranju (155).",
                "Azil u Srbiji, oktobar 2022", country: "SRB").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Read_NumberOfMigrantsInTheCountryAmountedTo_IsThePresentTotal()
    {
        Assert.Equal(["SRB present_total stock 2022-10 3500"],
            Read("Broj izbeglica i migranata u Srbiji porastao je u odnosu na septembar i iznosio je oko 3.500 lica.", "Azil u Srbiji, oktobar 2022", country: "SRB")
                .Select(k => k.Replace("~", string.Empty, StringComparison.Ordinal)).ToList());
    }

    [Fact]
    public void Read_FigureOfAPartOfTheCountryByCompassSection_IsNotTheCountrys()
    {
        Assert.Equal(["SRB accommodated stock 2022-10-25 6900"],
            Read("EAST On 25 October some 300 asylum-seekers were staying in three government centres in the east: Dimitrovgrad, Bosilegrad and Pirot.\n"
                 + "SOUTH Over 1,070 refugees and migrants were accommodated in the two reception centres of Preševo and Bujanovac.\n"
                 + "On 25 October, 6,900 refugees and migrants were accommodated in Serbia.", "Serbia update, 19-25 October 2022", country: "SRB"));
    }

    [Fact]
    public void Read_FigureOfAListOfPlacesAfterIn_IsNotTheFirstPlacesFigure()
    {
        Assert.Empty(Read("In the first ten months, 30,120 migrants and refugees were registered in Bosnia and Herzegovina, Albania and Montenegro."));
        Assert.Equal(["SRB arrivals month 2022-10 1210"], Read("In Serbia, 1,210 new arrivals were registered in October."));
    }

    [Fact]
    public void Read_BoxFlattenedWithAColumnPerYear_GivesNoFigures()
    {
        Assert.Empty(Read("2,310 Asylum claims registered 1,180 4,200 Intention to seek asylum 21,500 26,900 Health check-ups Arrivals to BiH 23,800 28,700\n2018 2019",
            "Bosnia and Herzegovina update, December 2019", published: "2020-01-20"));
        Assert.Equal(["BIH arrivals month 2019-12 1180"],
            Read("Arrivals to BiH in December 1,180", "Bosnia and Herzegovina update, December 2019", published: "2020-01-20"));
    }

    [Fact]
    public void Read_OfTheFigureOfAnEarlierSentence_CountsOverThatFiguresPeriod()
    {
        Assert.Equal(
            ["BIH arrivals cumulative 2022-01/2022-09 14020", "BIH asylum_intentions cumulative 2022-01/2022-09 13100"],
            Read("In the first nine months of 2022, 14,020 irregular migrants were registered by the Service for Foreigners' Affairs.\n\n"
                + "Most came from Afghanistan (3,200) and Pakistan (2,900).\n\nOf the 14,020 registered migrants, 13,100 expressed an intention to seek asylum.",
                "Bosnia and Herzegovina: migration in September 2022", published: "2022-10-06"));
    }

    [Fact]
    public void Read_OfTheMentionedNumberThenMonths_KeepsTheNumberOfTheEarlierPeriod()
    {
        Assert.Equal(
            ["BIH arrivals cumulative 2018-01-01/2018-04-15 1240", "BIH arrivals month 2018-01 210", "BIH arrivals month 2018-02 330"],
            Read("Granična policija je od 1. januara do 15. aprila 2018. evidentirala dolaske.\n\nOd pomenutih 1240 ilegalnih migranata u januaru je otkriveno 210, u februaru 330.",
                "Granična policija: migranti", "BIH", "2018-04-17"));
    }

    [Fact]
    public void Read_EarlierMonthsInBracketsAfterAFigure_AreThatFiguresValuesForThoseMonths()
    {
        Assert.Equal(
            ["MNE arrivals month 2018-11 412", "MNE arrivals month 2018-10 690", "MNE arrivals month 2018-09 655"],
            Read("Montenegrin police registered 412 irregular migrants in November (October: 690; Sep. 655).", "Regional flows, November 2018", published: "2018-12-10"));
    }

    [Fact]
    public void Read_YearStillRunningBoundedByADay_CountsFromJanuaryToThatDay()
    {
        Assert.Equal(["BIH arrivals year 2019 29196", "BIH arrivals cumulative 2020-01-01/2020-11-15 15053"],
            Read("The authorities registered 29,196 arrivals in 2019 and, in 2020, another 15,053 new arrivals as of 15 November.", "Bosnia and Herzegovina: response plan", published: "2020-12-01"));
        Assert.Equal(["XKX asylum_applications cumulative 2018-01-01/2018-12-12 501"],
            Read("Në vitin 2018, deri më datë 12.12.2018, në Kosovë janë regjistruar 501 aplikues për azil.", "Azili në Kosovë", published: "2018-12-14"));
    }

    [Fact]
    public void Read_FlowWhosePeriodCannotBeWritten_IsNotGivenAnotherFiguresPeriod()
    {
        Assert.Equal(["BIH arrivals year 2019 29196"],
            Read("The authorities registered 29,196 arrivals in 2019 and, in 2020, another 15,053.", "Bosnia and Herzegovina: response plan", published: "2020-12-01"));
    }

    [Fact]
    public void Read_ListOfPlacesAfterARouteWordInTheHeadline_DoesNotPlaceTheFigures()
    {
        Assert.Equal(["SRB arrivals month 2019-10 4123"],
            Read("VEĆINA STIŽE PREKO ALBANIJE I SEVERNE MAKEDONIJE\n\nMigranata je u Srbiji ove godine dvostruko više.\n\nSamo u oktobru registrovana su 4.123 dolaska.",
                "Novosti, 30. novembar 2019", published: "2019-11-30"));
    }

    [Fact]
    public void Read_ChildrenAmongTheAsylumApplications_AreNotArrivalsOfChildren()
    {
        Assert.Empty(Read("Of this year's applications, 21% (755) came from children, among them 99 unaccompanied and separated children.",
            "Bosnia and Herzegovina: asylum update, June 2020", published: "2020-07-15"));
        Assert.Equal(["BIH arrivals month 2020-06 1200", "BIH uasc_arrivals month 2020-06 99"],
            Read("In June, 1,200 refugees and migrants were registered, among them 99 unaccompanied and separated children.",
                "Bosnia and Herzegovina: update, June 2020", published: "2020-07-15"));
    }

    [Fact]
    public void Read_LastYearInAPieceOnAYearPublishedAfterIt_IsThatYear()
    {
        Assert.Equal(["WB6 arrivals year 2022 145600"],
            Read("The Western Balkan route saw about 145,600 irregular border crossings last year, some 136% more than in 2021. "
                + "In the English Channel, more than 71,000 irregular crossings towards the United Kingdom were recorded.",
                "Frontex: irregular crossings into Europe in 2022", published: "2023-01-16"));
    }

    [Fact]
    public void Read_ListOfYearsUnderALabel_GivesEachYearsFigure()
    {
        Assert.Equal(["BIH arrivals year 2017 755", "BIH arrivals year 2018 24067", "BIH arrivals year 2019 29124", "BIH arrivals year 2020 16150"],
            Read("Arrivals recorded by the Ministry of Security, per year\n\n2017: 755 2018: 24,067 2019: 29,124 2020: 16,150",
                "IOM Bosnia and Herzegovina situation report, 23-29 January 2021", published: "2021-02-01"));
        Assert.Empty(Read("Health check-ups, per year\n\n2019: 755 2020: 24,067", "IOM Bosnia and Herzegovina situation report, 23-29 January 2021", published: "2021-02-01"));
    }

    [Fact]
    public void Read_SinceTheYearBeganInNewsOfThatYear_RunsToThePublicationDay()
    {
        Assert.Equal(
            ["SRB arrivals cumulative 2023-01-01/2023-06-20 35714"],
            Read("Od početka 2023. godine u Srbiji je registrovano ukupno 35.714 migranata i izbeglica.",
                "Komesarijat: od početka 2023. godine registrovano 35.714 migranata u Srbiji", published: "2023-06-20"));
    }

    [Fact]
    public void Read_TitleYearOfAYearAlreadyOver_IsTheWholeYear()
    {
        Assert.Equal(
            ["SRB arrivals year 2023 107374"],
            Read("U Srbiji je registrovano 107.374 migranata i izbeglica.", "Komesarijat: u 2023. godini registrovano 107.374 migranata", published: "2024-01-10"));
    }

    [Fact]
    public void Read_EarlierMonthInBracketsWithItsOwnNumber_DatesOnlyThatNumber()
    {
        Assert.Equal(
            ["SRB arrivals month 2020-09 2730", "SRB arrivals month 2020-08 4000"],
            Read("Observed arrivals fell by 32% to 2,730 (from 4,000 in August).", "UNHCR Serbia Update, September 2020", published: "2020-10-15"));
        Assert.Equal(
            ["SRB asylum_applications month 2020-09 19"],
            Read("In all, 19 persons lodged an asylum application (16 persons).", "UNHCR Serbia Update, September 2020", published: "2020-10-15"));
    }

    [Fact]
    public void Read_YearItemsOnePerParagraphUnderALeadIn_GiveTheLeadInsFigurePerYear()
    {
        Assert.Equal(
            ["MNE asylum_applications year 2014 2312", "MNE asylum_applications year 2015 1611", "MNE asylum_applications year 2016 190"],
            Read("At first few sought asylum in Montenegro. The number of requests then grew from year to year:\n\n2014: 2,312\n\n2015: 1,611 (a record)\n\n2016: 190",
                "Montenegro news", published: null));
        Assert.Empty(Read("The centre was renovated in these years:\n\n2014: 2,312\n\n2015: 1,611", "Montenegro news", published: null));
    }

    [Fact]
    public void Read_FeedsListOfCountriesAboveARegionalReport_IsNotASection()
    {
        Assert.Equal(
            ["WB6 asylum_applications month 2020-11 163", "WB6 asylum_applications month 2020-10 209"],
            Read("Bosnia and Herzegovina + 21 more\n\nSummary of key trends observed\n\nOnly 163 persons lodged an asylum application this month (209 in October).",
                "UNHCR RBE - South Eastern Europe - Asylum Statistics (As of 30 November 2020)", published: "2020-12-10"));
        Assert.Contains("BIH asylum_applications month 2020-11 163",
            Read("Bosnia and Herzegovina\n\nSummary of key trends observed\n\nOnly 163 persons lodged an asylum application this month (209 in October).",
                "UNHCR RBE - South Eastern Europe - Asylum Statistics (As of 30 November 2020)", published: "2020-12-10"));
    }

    [Fact]
    public void Read_NumberBeforeARowOfMonths_IsAChartAxisNotAFigure()
    {
        Assert.Empty(Read("0  Aug 2020   Sep 2020\nObserved arrivals", "UNHCR Serbia Update, September 2020", published: "2020-10-15"));
    }

    [Theory]
    [InlineData("In September, new arrivals were counted as Resolution 1244 requires.")]
    [InlineData("Under Article 35 persons lodged asylum applications in September.")]
    public void Read_NumberOfAResolutionOrArticle_IsNotACount(string text)
    {
        Assert.Empty(Read(text, "UNHCR Serbia Update, September 2020", published: "2020-10-15"));
    }

    [Fact]
    public void Read_ReportPublishedBeforeItsMonthIsOver_CountsTheMonthAndYearToThatDay()
    {
        Assert.Equal(
            ["BIH arrivals cumulative 2020-04-01/2020-04-28 36", "BIH arrivals cumulative 2020-01-01/2020-04-28 4459"],
            Read("Up to now in April 2020 the authorities have registered 36 new arrivals, which takes the total for 2020 to 4,459.",
                "Bosnia and Herzegovina: COVID-19 special update, April 2020", published: "2020-04-28"));
        Assert.Equal(
            ["BIH arrivals month 2020-04 36"],
            Read("In April 2020 the authorities registered 36 new arrivals.", "Bosnia and Herzegovina: update, April 2020", published: "2020-05-12"));
    }

    [Fact]
    public void Read_FlowFromJanuaryInADecemberReport_IsTheYears()
    {
        Assert.Equal(
            ["BIH asylum_applications year 2020 4633"],
            Read("Since January 2020, 4,633 asylum applications have been lodged in Bosnia and Herzegovina.", "Asylum update, December 2020", published: "2021-01-20"));
        Assert.Equal(
            ["BIH asylum_applications cumulative 2020-01/2020-11 4453"],
            Read("Since January 2020, 4,453 asylum applications have been lodged in Bosnia and Herzegovina.", "Asylum update, November 2020", published: "2020-12-15"));
    }

    [Fact]
    public void Read_ChildrensShareOfApplications_IsASubgroupNotTheTotal()
    {
        Assert.Equal(
            ["BIH asylum_applications year 2020 4633"],
            Read("In 2020, 4,633 asylum applications were lodged in Bosnia and Herzegovina. Women lodged 12% (516) of all applications and children 20% (906).",
                "Asylum update, December 2020", published: "2021-01-20"));
        Assert.Equal(
            ["SRB arrivals month 2017-10 3730"],
            Read("In October 2017 Save the Children identified 3,730 new arrivals in Serbia.", "Serbia update, October 2017", published: "2017-11-20"));
    }

    [Fact]
    public void Read_TitleNamingTheRegion_GivesUnplacedFiguresToTheRegion()
    {
        Assert.Equal(
            ["WB6 asylum_applications month 2021-05 76"],
            Read("Asylum applications lodged in May 2021 came to 76.", "RBE - Western Balkans - Asylum Statistics, as of 31 May 2021", published: "2021-07-09"));
        Assert.Empty(Read("The authorities registered 6,296 new arrivals in March 2018 across the Mediterranean.", "Western Balkans and the Mediterranean: arrivals", published: "2018-04-20"));
        Assert.Empty(Read("The authorities registered 6,296 new arrivals in March 2018.", "News from the IOM Regional Office Vienna", published: "2018-04-20"));
    }

    [Fact]
    public void Read_OfTheNumberWithASpanOfItsOwn_IsNotTheSentenceBeforesPeriod()
    {
        Assert.Equal(
            ["WB6 asylum_intentions cumulative 2021-01/2021-05 7230", "WB6 asylum_applications month 2021-05 76"],
            Read("Asylum applications lodged in May came to 76. Of the 7,230 persons who have expressed an intention to seek asylum since January 2021, only 6% went on to lodge a claim.",
                "RBE - Western Balkans - Asylum Statistics, as of 31 May 2021", published: "2021-07-09"));
    }

    [Fact]
    public void Read_SameMonthsOfEarlierYears_AreThoseYearsToTheSameMonth()
    {
        Assert.Equal(
            ["WB6 arrivals cumulative 2021-01/2021-05 10423", "WB6 arrivals cumulative 2020-01/2020-05 15398", "WB6 arrivals cumulative 2019-01/2019-05 15431"],
            Read("With 10,423 new arrivals counted since the start of 2021, the year remains below the levels recorded over the same months of 2020 (15,398) and of 2019 (15,431).",
                "RBE - Western Balkans - Asylum Statistics, as of 31 May 2021", published: "2021-07-09"));
    }

    [Fact]
    public void Read_SamePeriodOfLastYearInAReportBeforeItsMonthIsOver_RunsToTheSameDay()
    {
        Assert.Equal(
            ["BIH arrivals cumulative 2020-01-01/2020-04-28 4459", "BIH arrivals cumulative 2019-01-01/2019-04-28 5288"],
            Read("The authorities have registered a total for 2020 of 4,459 arrivals, 16% less than in the same period of 2019, when the authorities had registered 5,288 arrivals.",
                "Bosnia and Herzegovina: COVID-19 special update, April 2020", published: "2020-04-28"));
    }

    [Fact]
    public void Read_PersonsWhoReachedTheRegion_AreArrivals()
    {
        Assert.Equal(
            ["WB6 arrivals month 2021-05 2103", "WB6 arrivals month 2021-04 2610"],
            Read("During May 2021, 2,103 persons in mixed movements reached the region, 19% fewer than in April (2,610).",
                "RBE - Western Balkans - Asylum Statistics, as of 31 May 2021", published: "2021-07-09"));
        Assert.Empty(Read("In May 2021 the number of asylum interviews reached 26.", "RBE - Western Balkans - Asylum Statistics, as of 31 May 2021", published: "2021-07-09"));
    }

    [Fact]
    public void Read_OnACountrysTerritory_PlacesTheFigureThere()
    {
        Assert.Equal(
            ["BIH present_total stock 2018-08-17 2000-3000"],
            Read("The ministry estimates that between 2,000 and 3,000 migrants are at present staying on BiH territory.", "News", published: "2018-08-17"));
    }

    [Fact]
    public void Read_AgencyDatelineAndTheYearToADay_DateTheFigureByTheSentencesSpan()
    {
        Assert.Equal(
            ["BIH arrivals cumulative 2018-01-01/2018-08-15 10866"],
            Read("SARAJEVO, Aug. 17 (Xinhua) — Some 10,866 migrants have come into Bosnia and Herzegovina between the start of this year and Aug. 15, the minister said.",
                "News", published: "2018-08-17"));
    }

    [Fact]
    public void Read_CountriesInBrackets_EachItsOwnCountry()
    {
        Assert.Equal(
            ["SRB arrivals year 2022 120883", "BIH arrivals year 2022 27429", "MKD arrivals year 2022 22379"],
            Read("In 2022 arrivals were registered in Serbia (120,883), Bosnia and Herzegovina (27,429) and North Macedonia (22,379).", "News", published: "2023-02-01"));
    }

    [Fact]
    public void Read_CountryNamedBeforeEachValueOfAList_GivesEachItsCountry()
    {
        Assert.Equal(
            ["ALB arrivals year 2022 12216", "XKX arrivals year 2022 1041", "MNE arrivals year 2022 8318"],
            Read("In 2022 Albania registered 12,216 arrivals, Kosovo 1,041 and Montenegro 8,318.", "News", published: "2023-02-01"));
        Assert.Equal(
            ["WB6 arrivals year 2022 192266", "SRB arrivals year 2022 120883", "BIH arrivals year 2022 27429", "MKD arrivals year 2022 22379"],
            Read("In 2022 arrivals were 192,266 in the Western Balkans: Serbia 120,883, Bosnia and Herzegovina 27,429, North Macedonia 22,379.", "News", published: "2023-02-01"));
    }

    [Fact]
    public void Read_ListOfValuesEachFollowedByItsMonth_AreThoseMonthsOfTheYearTheSentenceStates()
    {
        Assert.Equal(
            ["SRB asylum_intentions month 2018-01 427", "SRB asylum_intentions month 2018-02 594", "SRB asylum_intentions month 2018-03 710", "SRB asylum_intentions month 2018-12 785"],
            Read("The number of intentions registered in Serbia stayed even over the year: 427 in January, 594 in February, 710 in March and 785 in December 2018.", "News", published: "2019-02-01"));
    }

    [Fact]
    public void Read_ASentenceWhoseNumbersAddUpToTheTotalBefore_GivesNoNewTotals()
    {
        Assert.Equal(
            ["BIH arrivals cumulative 2017-01/2017-06 172"],
            Read("In the first six months of 2017, 172 persons were detected crossing the border of BiH illegally. Of them 149 were detected entering BiH illegally and 23 leaving it. "
                + "At the border crossings 62 persons were detected, and outside them 110.", "Bosnia and Herzegovina: border police", published: "2017-08-26"));
        Assert.Equal(
            ["BIH arrivals cumulative 2017-01/2017-06 172", "BIH arrivals cumulative 2017-01/2017-06 150"],
            Read("In the first six months of 2017, 172 persons were detected crossing the border of BiH illegally. In the first six months of 2017, 150 persons were detected entering BiH illegally.", "Bosnia and Herzegovina: border police", published: "2017-08-26"));
    }

    [Fact]
    public void Read_AStockBeforeAComparisonWithEndOfAMonth_HasItsOwnDay()
    {
        Assert.Equal(
            ["SRB present_total stock 2017-05-31 6605"],
            Read("Fewer refugees were present in Serbia than at end-April (-10%): 6,605 were counted on 31 May.", "Serbia update, May 2017", published: "2017-06-10"));
        Assert.Equal(["SRB present_total stock 2016-12 7000"], Read("At the end of 2016 there were 7000 migrants in Serbia.", "News", published: null));
    }

    [Fact]
    public void Read_APartOfAServiceOrOfAClosedCentre_IsNoFigure()
    {
        Assert.Empty(Read("The Commissariat relocated over 830 refugee and migrant men and boys (among them over 160 UASCs) to governmental shelters.", "Serbia update, May 2017", published: "2017-06-10"));
        Assert.Empty(Read("Transit Centre Šid was deactivated on 31 May after its last 200 residents had been moved to other centres.", "Serbia update, May 2017", published: "2017-06-10"));
    }

    [Fact]
    public void Read_AFortnightsCount_IsNoMonth_AndJanuaryToDecemberIsTheYear()
    {
        Assert.Equal(
            ["SRB asylum_intentions year 2015 577995"],
            Read("41,353 refugees and migrants registered an intention to seek asylum in Serbia during the two reporting weeks. Official statistics show that by 31 December, 577,995 refugees and migrants had expressed an intention to seek asylum in Serbia during 2015.",
                "Serbia inter-agency update, 21 December 2015 - 3 January 2016", published: null));
    }

    [Fact]
    public void Read_ACentresPlacesWithoutItsCountry_AreThatCountrysOnThePublicationDay()
    {
        Assert.Equal(["SRB/Preševo capacity stock 2021-02-04 1300"], Read("The reception centre in Preševo can take in up to 1300 people.", "News", published: "2021-02-04"));
    }

    [Fact]
    public void Read_ACountryOpeningAClauseAfterAJoint_PlacesItsFigures_ButABareCommaContinuesAList()
    {
        Assert.Equal(
            ["XKX arrivals year 2018 590"],
            Read("Slovenia registered more migrants than before, and Kosovo saw 590 new migrants registered in 2018.", "Population movements in the Western Balkans", published: "2019-02-01"));
        Assert.Empty(
            Read("Most came through Bulgaria (15%), Montenegro (7%), Albania 1 (4%) and other countries, registered in 2018.", "Population movements in the Western Balkans", published: "2019-02-01"));
    }

    [Fact]
    public void Read_ItsAuthorities_AreTheCountryTheSentenceBeforeNamed()
    {
        Assert.Equal(
            ["BIH arrivals year 2018 23848"],
            Read("Bosnia and Herzegovina saw by far the sharpest rise. Between January and December 2018 its authorities registered 23,848 migrants, close to the total of all the countries of the region.",
                "Population movements in the Western Balkans", published: "2019-02-01"));
        Assert.Equal(
            ["WB6 arrivals year 2018 23848"],
            Read("The numbers rose everywhere. Between January and December 2018 its authorities registered 23,848 migrants in the region.",
                "Population movements in the Western Balkans", published: "2019-02-01"));
    }

    [Fact]
    public void Read_ATotalThatSaysNotOfWhat_CountsWhatTheTextCountedLast_InTheCountryItNames()
    {
        Assert.Equal(
            ["MNE arrivals year 2018 4645", "ALB arrivals year 2017 752", "ALB arrivals year 2018 3401"],
            Read("Montenegro registered 4,645 migrants in 2018. The numbers rose everywhere. In Albania the yearly total grew five-fold, from 752 in 2017 to 3,401 in 2018.",
                "Population movements in the Western Balkans", published: "2019-02-01"));
        Assert.Empty(Read("In Albania the yearly total grew five-fold, from 752 in 2017 to 3,401 in 2018.", "Population movements in the Western Balkans", published: "2019-02-01"));
    }

    [Fact]
    public void Read_MonthsWithoutTheirYear_AreTheLastBeforePublication_AndTheSameMonthsFollow()
    {
        Assert.Equal(
            ["SRB asylum_applications cumulative 2018-01/2018-08 151"],
            Read("From January to August only 151 asylum seekers lodged an application in Serbia.", "Serbia: events of the year", published: "2019-01-17"));
        Assert.Equal(
            ["SRB asylum_applications cumulative 2019-01/2019-08 161", "SRB asylum_intentions cumulative 2019-01/2019-08 6156"],
            Read("From January to the end of August, the Serbian authorities recorded 6,156 people who registered an intention to seek asylum. Over the same months only 161 people went on to lodge an asylum application.",
                "Serbia: events of the year", published: "2020-01-14"));
        Assert.Equal(
            ["SRB uasc_arrivals cumulative 2019-01/2019-07 437", "SRB uasc_arrivals cumulative 2018-01/2018-07 257"],
            Read("By the end of July, the authorities in Serbia had registered 437 unaccompanied children, against 257 over the same period of 2018.", "Serbia: events of the year", published: "2020-01-14"));
    }

    [Fact]
    public void Read_AReportOnTheEventsOfAYear_IsThatYearsNotItsTitles()
    {
        Assert.Equal(
            ["SRB asylum_applications cumulative 2019-01/2019-08 8003"],
            Read("Events of 2019\n\nIn the first eight months of the year Serbia registered 8,003 asylum seekers.", "World Report 2020: Serbia", published: null));
    }

    [Fact]
    public void Read_PersonsInOneOfTheSix_AtTheTimeOfWriting_ArePresentOnThePublicationDay()
    {
        Assert.Equal(
            ["SRB present_total stock 2019-01-17 6600"],
            Read("At the time of writing there were 6,600 asylum seekers, refugees and other migrants in Serbia, according to UNHCR.", "Serbia: events of the year", published: "2019-01-17"));
        Assert.Equal(
            ["SRB present_total stock 2018-07 6098", "SRB present_total stock 2017-07 4700"],
            Read("UNHCR estimated that about 6,098 asylum seekers and other migrants were in Serbia at the end of July, against 4,700 in July 2017.", "Serbia: events of the year", published: "2019-01-17"));
        Assert.Equal(["BIH/Lipa accommodated stock 2018-07 500"], Read("In July 500 migrants were in Lipa camp.", "Serbia: events of the year", published: "2019-01-17"));
    }

    [Fact]
    public void Read_TheSamePeriod_IsTheSpanItsSentenceNamedBeforeIt()
    {
        Assert.Equal(
            ["BIH asylum_intentions cumulative 2018-01/2019-08 39507", "BIH asylum_applications cumulative 2018-01/2019-08 2002"],
            Read("The number of attestations of intention to seek asylum issued in BiH since January 2018 reached 39,507 and asylum applications lodged over the same period rose to 2,002.",
                "BiH inter-agency update, August 2019", published: "2019-09-10"));
    }

    [Fact]
    public void Read_TheFirstMonthsOfTheYear_InAChapterPublishedEarlyNextYear_AreLastYears()
    {
        Assert.Equal(
            ["MNE asylum_intentions cumulative 2019-01/2019-09 7110"],
            Read("During the first nine months of the year Montenegro recorded 7,110 intentions to seek asylum.", "Montenegro: a year in review", published: "2020-01-14"));
        Assert.Equal(
            ["MNE asylum_intentions cumulative 2019-01/2019-09 7110"],
            Read("During the first nine months of the year Montenegro recorded 7,110 intentions to seek asylum.", "Montenegro: a year in review", published: "2019-11-02"));
    }

    [Fact]
    public void Read_ProtectionGivenToAsylumSeekers_IsADecisionNotAClaim()
    {
        Assert.Empty(Read("By the end of November North Macedonia had given refugee status to 2 asylum seekers in 2021 and subsidiary protection to 5 more.", "North Macedonia: asylum", published: "2021-12-20"));
        Assert.Equal(
            ["MKD asylum_applications year 2021 402"],
            Read("In 2021, 402 asylum seekers lodged applications in North Macedonia.", "North Macedonia: asylum", published: "2022-02-20"));
    }

    [Fact]
    public void Read_DigitsFollowedByThousand_AreThousands_FromTheStartOfAYearUntilAMonth()
    {
        Assert.Equal(
            ["ALB arrivals cumulative 2018-01/2018-09 23000"],
            Read("Police data show that some 23 thousand migrants entered Albania from the start of 2018 until September.", "Albania: police data", published: "2018-10-30"));
    }

    [Fact]
    public void Read_ACountRecordedOverAYear_IsThatYears_NotAComparisonWithIt()
    {
        Assert.Equal(
            ["SRB asylum_intentions year 2019 12000", "SRB asylum_applications year 2019 250"],
            Read("Of the 12,000 intentions registered over 2019, only 250 led to an asylum application in Serbia.", "Serbia: asylum", published: "2020-03-01"));
    }

    [Fact]
    public void Read_TheFigure_CountsWhatItsSentenceNamedBeforeIt()
    {
        Assert.Equal(
            ["SRB asylum_intentions month 2020-03 310"],
            Read("Later on far fewer people registered an intention to seek asylum in Serbia: in March 2020 the figure fell to 310.", "Serbia: asylum", published: "2020-05-02"));
        Assert.Empty(Read("Later on far fewer people crossed into Serbia: in March 2020 the figure of 310 volunteers was reached.", "Serbia: asylum", published: "2020-05-02"));
    }

    [Fact]
    public void Read_PlacesForUnaccompaniedChildren_AreNoCapacityOfTheCountry()
    {
        Assert.Empty(Read("Serbia has two homes for unaccompanied children, with 40 places between them.", "Serbia: events of the year", published: "2020-01-14"));
        Assert.Equal(["SRB capacity stock 2020-01-14 6000"], Read("Serbia's 19 centres have a capacity of 6,000 places at the time of writing.", "Serbia: events of the year", published: "2020-01-14"));
    }

    [Fact]
    public void Read_DaysOfTwoMonthsWithoutAYear_AreTheSpanBeforePublication()
    {
        Assert.Equal(
            ["MKD asylum_intentions cumulative 2016-06-20/2016-09-12 41200"],
            Read("Between 20 June and 12 September, 41,200 people registered an intention to seek asylum in North Macedonia.", "North Macedonia: news brief", published: "2016-09-14"));
        Assert.Equal(
            ["MKD asylum_intentions cumulative 2015-11-20/2016-01-12 9100"],
            Read("From 20 November to 12 January, 9,100 people registered an intention to seek asylum in North Macedonia.", "North Macedonia: news brief", published: "2016-01-14"));
    }

    [Fact]
    public void Read_AStockInASentenceNamingTheReportsOwnDays_IsTheLastDays()
    {
        Assert.Equal(
            ["BIH/Lipa capacity stock 2021-02-04 900"],
            Read("From 29 January to 4 February the army put up tents at the Lipa camp in BiH, with room for 900 migrants.", "IOM BiH Situation Report, 29 January - 4 February 2021", published: "2021-02-05"));
    }

    [Fact]
    public void Read_SinceAMonth_IsNoReportMonthAndNoSingleMonth()
    {
        const string Body = "Its authorities have detected 30,268 refugees and migrants in Bosnia and Herzegovina since January 2018.";
        Assert.Empty(Read(Body, title: string.Empty, published: null));
        Assert.Equal(["BIH arrivals cumulative 2018-01-01/2019-06-10 30268"], Read(Body, title: string.Empty, published: "2019-06-10"));
        Assert.Equal(
            ["ALB arrivals cumulative 2019-01/2019-05 1967", "BIH arrivals cumulative 2018-01/2019-05 30268"],
            Read("In Albania, arrivals had reached 1,967 by May 2019.\n\nBosnia and Herzegovina has passed the 30,000 mark: its authorities have detected 30,268 refugees and migrants since January 2018.", "Refugee and migrant trends", published: null));
    }

    [Fact]
    public void Read_OneEndOfARangeReadAlone_GivesWayToTheRange()
    {
        Assert.Equal(
            ["BIH present_total stock 2018-12 4500-5000"],
            Read("4,500\n\nEstimated number of refugees and migrants in the country at the end of December\n\nThe number of refugees and migrants remaining in the country is estimated at 4,500 to 5,000 at the end of December.",
                "Inter-agency operational update, Bosnia and Herzegovina, 1-31 December 2018", published: null));
    }

    [Fact]
    public void Read_TheSamePeriodLastYear_WhenAValueFollows_IsTheLastYearsSameMonths()
    {
        Assert.Equal(
            ["BIH arrivals cumulative 2020-01/2020-11 15520", "BIH arrivals cumulative 2019-01/2019-11 28213"],
            Read("Over the first eleven months of 2020, a total of 15.520 illegal migrants were reported in BiH, 45 percent fewer than in the same period last year, when 28.213 illegal migrants were reported.",
                "Migration in November 2020", published: "2020-12-20"));
    }

    [Fact]
    public void Read_AMonthEarlier_IsThePreviousMonthAndNoRate()
    {
        Assert.Equal(
            ["BIH arrivals month 2020-11 924", "BIH arrivals month 2020-10 1263"],
            Read("In November, 924 illegal migrants were reported in BiH, 27 percent fewer than a month earlier, when the figure was 1.263.", "Migration in November 2020", published: "2020-12-20"));
        Assert.Empty(Read("On average 40 migrants a month were reported in BiH in 2020.", "Migration in 2020", published: "2021-01-20"));
    }

    [Fact]
    public void Read_ARunningTotalAMonthBefore_IsTheSameTotalAMonthShorter()
    {
        Assert.Equal(
            ["BIH asylum_applications cumulative 2018-01/2019-08 2002", "BIH asylum_applications cumulative 2018-01/2019-07 1900"],
            Read("Asylum applications lodged in BiH since January 2018 rose to 2,002, from 1,900 a month before.", "Inter-agency operational update, August 2019", published: "2019-09-10"));
    }

    [Fact]
    public void Read_ACountWithItsShareInCommas_TakesTheWordsAfterTheShare()
    {
        Assert.Equal(
            ["BIH asylum_intentions month 2020-11 845", "BIH asylum_applications month 2020-11 12"],
            Read("Of the 845 persons who expressed an intention to seek asylum in BiH in November, only 12, or 1.4 percent, went on to submit an application.", "Migration in November 2020", published: "2020-12-20"));
    }

    [Fact]
    public void Read_ACountWithItsNounBeforeAShareOfSomethingElse_TakesTheWordsAfterTheShare()
    {
        Assert.Equal(
            ["BIH asylum_intentions month 2021-03 926"],
            Read("In March, 926 persons, or 91% of the new arrivals, stated an intention to seek asylum in BiH.", "Migration in March 2021", published: "2021-04-10"));
    }

    [Fact]
    public void Read_WordsOfAClauseAfterTheCount_WeighLessThanItsOwn()
    {
        Assert.Equal(
            ["MKD/Vinojug accommodated stock 2016-04-25 113"],
            Read("On 25 April 113 refugees were in the Vinojug camp, after several more families had left.", "Weekly report", published: "2016-05-01"));
    }

    [Fact]
    public void Read_AYearSoFarComparedWithAWholeYear_GivesThatYearsTotal()
    {
        Assert.Equal(
            ["MNE arrivals cumulative 2018-01-01/2018-05-12 600", "MNE arrivals year 2017 849"],
            Read("Official figures show that more than 600 people have entered Montenegro this year, a sharp rise compared with 2017, when 849 people were registered over the whole year.", "Daily digest", published: "2018-05-12"));
    }

    [Fact]
    public void Read_AStockInThePresentTense_IsThePublicationDaysInATextWithoutAReportMonth()
    {
        Assert.Equal(["SRB accommodated stock 2020-10-29 6000"], Read("Officially, there are about 6,000 people in the camps across Serbia.", "Daily digest", published: "2020-10-29"));
        Assert.Equal(["SRB accommodated stock 2020-10 4000"], Read("There are 4,000 people in the camps across Serbia.", "Serbia update, October 2020", published: "2020-11-10"));
        Assert.Empty(Read("Officially, there are about 6,000 people in the camps across Serbia.", "Daily digest", published: null));
    }

    [Fact]
    public void Read_ALongListOfCentres_ReadsItsLastItemsAsSurelyAsItsFirst()
    {
        var figures = Extract.Figures(
            "Serbia update, July 2018\n\nMost people were accommodated in the reception centre in Obrenovac (865), then in Principovac (180), Pirot (172), Vranje (155), Tutin (133), Sjenica (129), Kikinda (95), Sombor (92) and Preševo (73).",
            null, "2018-08-10");
        Assert.Equal(9, figures.Count(f => f.Site is not null && f.Indicator == "accommodated"));
        Assert.Equal(figures.Single(f => f.Site == "Principovac").Confidence, figures.Single(f => f.Site == "Preševo").Confidence);
    }

    [Fact]
    public void Read_TheFirstMonthOfAYear_IsItsJanuary()
    {
        Assert.Equal(
            ["SRB arrivals month 2019-01 629", "SRB uasc_arrivals month 2019-01 156"],
            Read("Data on arrivals in Serbia in the first month of 2019: 629 arrivals in one month, 156 of them unaccompanied minors.", "Digest", published: "2019-02-06"));
    }

    [Fact]
    public void Read_WhoTheyMostlyAre_IsNoPartOfTheCount()
    {
        Assert.Equal(["SRB accommodated stock 2019-02-06 4212"], Read("There are 4.212 people in government centres in Serbia, mostly from Pakistan, Afghanistan and Iran.", "Digest", published: "2019-02-06"));
        Assert.Empty(Read("There are 212 Afghans in government centres in Serbia.", "Digest", published: "2019-02-06"));
    }

    [Fact]
    public void Read_ASentencePointingBackToACentre_IsThatCentres()
    {
        Assert.Equal(
            ["BIH/Delijaš capacity stock 2018-06-16 150"],
            Read("Many are sent on to the small asylum centre in Trnovo, outside Sarajevo. It has about 150 places but is overcrowded.", "Daily digest", published: "2018-06-16"));
        Assert.Equal(
            ["BIH capacity stock 2018-06-16 150"],
            Read("Many are sent on to Bosnia and Herzegovina's only asylum centre. It has about 150 places but is overcrowded.", "Daily digest", published: "2018-06-16"));
    }

    [Fact]
    public void Read_TheWeekBeforeADay_IsSevenDaysEarlier()
    {
        Assert.Equal(
            ["SRB present_total stock 2018-07-08 3357", "SRB present_total stock 2018-07-01 2997"],
            Read("The latest data show 3,357 people counted in Serbia on 8 July, a clear rise from the week before, when 2,997 were registered.", "Daily digest", published: "2018-07-18"));
        Assert.Equal(
            ["SRB present_total stock 2018-08-19 3875", "SRB present_total stock 2018-08-05 3610"],
            Read("UNHCR counted 3,875 people present in Serbia on 19 August, up from two weeks earlier, when there were 3,610.", "Daily digest", published: "2018-08-22"));
    }

    [Fact]
    public void Read_TheCentreInATextAboutOneCentre_IsThatCentres()
    {
        Assert.Equal(
            ["MKD/Vinojug accommodated stock 2019-07-11 34"],
            Read("Officials visited the Vinojug transit centre near Gevgelija on Thursday. The manager of the centre said that 34 migrants are staying in the centre at the moment.", "Visit to the south", published: "2019-07-11"));
        Assert.DoesNotContain(
            "MKD/Vinojug accommodated stock 2019-07-11 34",
            Read("Officials visited the Vinojug and Tabanovce transit centres on Thursday. The manager of the centre said that 34 migrants are staying in the centre at the moment.", "Visit to the south", published: "2019-07-11"));
    }

    [Fact]
    public void Read_ARelativeClauseAfterATown_IsTheTownsNotTheCountrys()
    {
        Assert.Empty(Read("It is worse still in Velika Kladuša, the second town near the Croatian border, where about 1000 people are staying.", "Daily digest", published: "2018-07-18"));
        Assert.Equal(
            ["BIH present_total stock 2018-07-18 8000"],
            Read("Most are stuck in Bosnia and Herzegovina, where about 8,000 people are staying.", "Daily digest", published: "2018-07-18"));
    }

    [Fact]
    public void Read_PeoplePresentInATownWithACentre_AreTheTownsNotTheCountrys()
    {
        Assert.Empty(Read("Local media say there are between 700 and 800 people in Preševo, staying in several places.", "Daily digest", published: "2016-10-29"));
        Assert.Empty(Read("Around the camps near Subotica, Sombor and Kikinda there are estimated to be about 1500 people.", "Daily digest", published: "2020-10-29"));
        Assert.Equal(
            ["SRB present_total stock 2020-10-29 1500"],
            Read("In Serbia there are estimated to be about 1500 people outside Belgrade.", "Daily digest", published: "2020-10-29"));
    }

    [Fact]
    public void Read_AMonthThatNamesAPublication_DoesNotDateTheFigure()
    {
        Assert.Equal(
            ["SRB accommodated stock 2018-02-18 3718"],
            Read("3,963 people were counted in Serbia on 18 February, and 94% of them (3,718) were accommodated in 18 governmental centres (see also the January update of the Joint Assessment).", "UNHCR Serbia Update, 5-18 February 2018", "SRB", null).Where(k => k.Contains("accommodated", StringComparison.Ordinal)));
    }

    [Fact]
    public void Read_AnAgeAndAFootersPageNumber_AreNoCounts()
    {
        Assert.Empty(Read("Two cases of measles were confirmed: a 17-year-old boy in a government centre and a 26-year-old man sleeping rough.", "UNHCR Serbia Update, 5-18 February 2018", "SRB", null));
        Assert.Empty(Read("New arrivals in 2018 by country of transit 60% 40% 20% 0% Bulgaria Air Other www.unhcr.org 1", "UNHCR Serbia Update, 5-18 February 2018", "SRB", null));
    }

    [Fact]
    public void Read_PeopleNearABorderBesideATown_AreAPartButAloneTheCountrys()
    {
        Assert.Empty(Read("Fewer men were seen sleeping rough in Belgrade City centre, while some 150 slept rough near the borders with Croatia and Hungary.", "UNHCR Serbia Update, 5-18 February 2018", "SRB", null));
        Assert.Equal(
            ["SRB outside_accommodation stock 2023-09 1500"],
            Read("Outside the centres, an estimated 1,500 persons stayed in informal sites near the northern border.", "Serbia Update, September 2023", "SRB"));
    }

    [Fact]
    public void Read_ACountryNamedAsAPlaceNearby_IsNotWhereTheFigureIs()
    {
        Assert.Equal(
            ["SRB outside_accommodation stock 2018-09-02 500"],
            Read("More than 500 were seen outside the centres: about 260 near the borders with Croatia or Hungary, some 150 in Belgrade City and up to 100 in Loznica, close to Bosnia and Herzegovina.", "UNHCR Serbia Update, 20 August - 2 September 2018", null, null));
    }

    [Fact]
    public void Read_ResidentsMovedBetweenCentres_AreNoStock()
    {
        Assert.Empty(Read("On 29 August the last 30 residents of Divljana Reception Centre were moved to Bosilegrad, and the centre was put on stand-by.", "UNHCR Serbia Update, 20 August - 2 September 2018", "SRB", null));
        Assert.Empty(Read("They also took some 50 unaccompanied and separated boys from Adasevci to Krnjaca Asylum Centre.", "UNHCR Serbia Update, 2-15 October 2017", "SRB", null));
    }

    [Fact]
    public void Read_TotalsForTheMonthAndTheYearSoFar_RunToTheReportsLastDay()
    {
        Assert.Equal(
            ["SRB asylum_intentions cumulative 2016-08-01/2016-08-21 1205", "SRB asylum_intentions cumulative 2016-01-01/2016-08-21 7341"],
            Read("240 persons expressed their intent to seek asylum in Serbia, which brings the total for August to 1,205 and for the year 2016 to 7,341.", "UNHCR Serbia Update, 18-21 August 2016", null, null));
    }

    [Fact]
    public void Read_PartsOfATotalGivenAsAShare_AreNotFigures()
    {
        Assert.Empty(Read("Close to 80% of them were accommodated in governmental facilities, among them 1,074 in the five Asylum Centres and 2,262 in Refugee Aid Points.", "UNHCR Serbia Update, 18-21 August 2016", "SRB", null));
        Assert.Equal(
            ["SRB accommodated stock 2016-11-02 4700"],
            Read("Over 4,700 of them were accommodated in governmental facilities, with 1,845 in five Asylum Centres and 2,878 in Reception Centres.", "UNHCR Serbia Update, 27 October - 2 November 2016", "SRB", null));
    }

    [Fact]
    public void Read_ACountryHostingPeople_HasThemPresent()
    {
        Assert.Equal(
            ["SRB present_total stock 2016-08-28 4400"],
            Read("Serbia went on hosting around 4,400 new refugees, asylum-seekers and migrants.", "UNHCR Serbia Update, 22-28 August 2016", null, null));
    }

    [Fact]
    public void Read_RefugeesAndMigrantsStayingInANamedCentre_AreThatCentres()
    {
        Assert.Equal(
            ["SRB/Preševo accommodated stock 2016-10-02 700"],
            Read("Close to 700 refugees and migrants were staying in the Presevo Reception Centre (RC).", "UNHCR Serbia Update, 26 September - 2 October 2016", "SRB", null));
        Assert.Empty(Read("The rest were counted at the border with Hungary, and more than 1,000 slept rough at night in Belgrade City centre.", "UNHCR Serbia Update, 27 October - 2 November 2016", "SRB", null));
    }

    [Fact]
    public void Read_PeopleUnhcrKeptEncountering_ArePresent()
    {
        Assert.Equal(
            ["SRB present_total stock 2016-10-30 6300"],
            Read("UNHCR and partners kept encountering around 6,300 new refugees, asylum-seekers and migrants in Serbia, a stable number.", "UNHCR Serbia Update, 24-30 October 2016", null, null));
    }

    [Fact]
    public void Read_CentresEachNamedBeforeItsNumber_AreEachCentresResidents()
    {
        Assert.Equal(
            ["SRB/Preševo accommodated stock 2020-10-27 700", "SRB/Vranje accommodated stock 2020-10-27 200", "SRB/Bujanovac accommodated stock 2020-10-27 140"],
            Read("For the camps in the south the estimates for 27 October are: Preševo around 700 people, Vranje 200, Bujanovac 140.", "Daily digest", published: "2020-10-29"));
        Assert.Empty(Read("For the towns in the south the estimates for 27 October are: Preševo around 700 people, Vranje 200, Bujanovac 140.", "Daily digest", published: "2020-10-29"));
    }

    [Fact]
    public void Read_CentresRespectivelyWithAQualifiedLastValue_AreEachCentres()
    {
        Assert.Equal(
            ["SRB/Dimitrovgrad accommodated stock 2016-12-25 90", "SRB/Bosilegrad accommodated stock 2016-12-25 57", "SRB/Pirot accommodated stock 2016-12-25 150"],
            Read("Three government centres in the east, Dimitrovgrad, Bosilegrad and Pirot, accommodated 90, 57 and some 150 asylum-seekers respectively.", "UNHCR Serbia Update, 22-25 December 2016", "SRB", null));
    }

    [Fact]
    public void Read_PartsAfterAShareOpenedByABareComma_AreNotFigures()
    {
        Assert.Equal(
            ["SRB present_total stock 2016-08-24 4400"],
            Read("On 24 August, an estimated 4,400 refugees, asylum-seekers and migrants were in the country; over 78% of them stayed in government facilities, 1,221 in the five asylum centres and 2,231 in other centres.", "Serbia Inter-Agency Operational Update, August 2016", "SRB", null));
    }

    [Fact]
    public void Read_AListOfCentresGoingOnInTheNextSentence_KeepsItsDay()
    {
        var keys = Read("For the camps in the south the estimates for 27 October are: Preševo around 700 people, Vranje 200. In the west, the camps hold fewer: Bogovađa about 150, Tutin around 200.", "Daily digest", published: "2020-10-29");
        Assert.Contains("SRB/Bogovađa accommodated stock 2020-10-27 150", keys);
        Assert.Contains("SRB/Tutin accommodated stock 2020-10-27 200", keys);
        Assert.DoesNotContain(keys, k => k.Contains("2020-10-29", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_CentresNamedForAsylum_DoNotMakeArrivalsAnAsylumCount()
    {
        Assert.Equal(
            ["SRB arrivals month 2022-09 19345"],
            Extract.Keys(Extract.Figures("Governmental asylum and reception centres in Serbia received 19,345 new arrivals in September 2022.", null, "2022-10-10", "News")));
        Assert.Equal(
            ["SRB accommodated stock 2022-09 5200"],
            Extract.Keys(Extract.Figures("In September 2022, 5,200 asylum-seekers were accommodated in asylum centres in Serbia.", null, "2022-10-10", "News")));
    }

    [Fact]
    public void Read_NoRoomForSomeone_IsNoZeroCapacity()
    {
        Assert.Empty(Read("Za nas nije bilo mjesta pa su nam platili hotel.", "Vijesti", null, "2018-05-23"));
    }

    [Fact]
    public void Read_SleepingOutsideInMakeshiftShelters_IsOutsideAccommodation()
    {
        Assert.Equal(
            ["BIH present_total stock 2020-10-01 9000", "BIH outside_accommodation stock 2020-10-01 3500"],
            Read("Bosnia and Herzegovina hosts around 9,000 refugees and migrants; over 3,500 of them sleep outside in makeshift shelters.", "Flash", null, "2020-10-01"));
    }

    [Fact]
    public void Read_CountryThatRegisters_IsWhereItsCountIs()
    {
        Assert.Equal(
            ["MKD arrivals cumulative 2015-06-01/2015-09-08 64000", "SRB asylum_intentions cumulative 2015-06-01/2015-09-08 89161"],
            Read("More than 64,000 people have been registered in the former Yugoslav Republic of Macedonia since June this year. "
                + "Over the same period Serbia has registered 89,161 people entering the country who expressed an intention to seek asylum.", "News", null, "2015-09-08"));
    }

    [Fact]
    public void Read_CountryOnALineOfItsOwnAboveAParagraph_IsItsHeading()
    {
        Assert.Equal(
            ["SRB present_total stock 2018-07-08 3357", "SRB outside_accommodation stock 2018-07-08 400"],
            Read("Bosnia\nThe camps in Bihać are full.\n\nSerbia\nThe latest data show 3,357 people counted on 8 July.\n\nAround 400 of them live outside the existing centres, in Belgrade and near the\nborders with Hungary, Croatia and Bosnia.", "Daily digest: the situation in Bosnia", null, "2018-07-17"));
    }

    [Fact]
    public void Read_AFlashDatedInItsHeading_DatesItsPresentStocksByThatDay()
    {
        Assert.Equal(
            ["BIH present_total stock 2019-11-21 8300", "BIH arrivals cumulative 2019-01/2019-10 25534"],
            Read("From January to the end of October 2019, over 25,534 refugees and migrants transited Bosnia and Herzegovina. "
                + "Some 8,300 are estimated to remain in the country.", "Bosnia and Herzegovina – Deteriorating situation for refugees (ECHO Daily Flash of 21 November 2019)", null, "2019-11-21"));
    }

    [Fact]
    public void Read_ADatelineOnThePublicationDay_DatesTheStoryNotAMonth()
    {
        Assert.Equal(
            ["BIH/Bira capacity stock 2020-12-31 1500"],
            Read("Brussels, 31 December 2020 – Hundreds of migrants in Lipa face a desperate situation. Bira has running water, and there is room there for 1,500.", "Statement", null, "2020-12-31"));
    }

    [Fact]
    public void Read_ThatCountry_IsTheCountryNamedLastBeforeIt()
    {
        Assert.Equal(
            ["SRB arrivals year 2015 1000000"],
            Read("Caritas BiH went on a study visit to Caritas Serbia, which gained experience when close to a million people crossed that country in 2015.", "Caritas in Bosnia and Herzegovina", null, "2018-12-01"));
    }

    [Fact]
    public void Read_TheLastSevenDaysBesideARunningTotal_IsNoPartOfTheTotalsSpan()
    {
        Assert.Equal(
            ["SRB arrivals cumulative 2015-01-01/2015-09-20 123000"],
            Read("In the last seven days 25,000 people entered Serbia, and 123,000 have arrived since January.", "IFRC", null, "2015-09-20"));
    }
}
