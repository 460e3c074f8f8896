using MigrationFeeds.Parsing.Tests.Support;

namespace MigrationFeeds.Parsing.Tests.Extraction;

/// <summary>The whole a share is taken of, persons counted in a country or a town, and spans a figure cannot fill.</summary>
public sealed class WholesAndPlacesTests
{
    private static IReadOnlyList<string> Read(string text, string? country, string? published) =>
        Extract.Keys(Extract.Figures(text, country, published));

    [Fact]
    public void Read_TheWholeAShareIsTakenOf_CountsWhatItsOwnClauseSays()
    {
        Assert.Equal(
            ["BIH arrivals cumulative 2018-01/2019-08 40000"],
            Read("According to the authorities, 93 per cent of the 40,000 migrants who arrived in Bosnia and Herzegovina between January 2018 and August 2019 expressed an intention to seek asylum.", null, "2019-10-01"));
        Assert.Equal(
            ["BIH arrivals cumulative 2018-01/2019-08 40000"],
            Read("Prema podacima, 93 posto od 40.000 migranata koji su ušli u BiH od januara 2018. do avgusta 2019. izrazilo je namjeru da traži azil.", null, "2019-10-01"));
    }

    [Fact]
    public void Read_TheWholeOfASentenceWithoutAShare_KeepsItsVerb()
    {
        Assert.Equal(
            ["BIH asylum_intentions cumulative 2018-01/2019-08 40000"],
            Read("The 40,000 migrants who arrived in Bosnia and Herzegovina between January 2018 and August 2019 expressed an intention to seek asylum.", null, "2019-10-01"));
    }

    [Fact]
    public void Read_PersonsLivingOrCountedInACountry_ArePresentThere()
    {
        Assert.Equal(["SRB present_total stock 2017-07 4997"],
            Read("At the end of July 2017 the number of refugees and migrants in Serbia fell to 4,997, the lowest in eleven months.", null, "2017-08-05"));
        Assert.Equal(["SRB outside_accommodation stock 2017-07-29 200", "SRB present_total stock 2017-07-29 5200"],
            Read("UNHCR says 5200 people on the move are currently living in Serbia. Around 200 people stay outside the camps, mostly in Belgrade's city centre.", null, "2017-07-29"));
    }

    [Fact]
    public void Read_PersonsInATownTheGazetteerDoesNotKnow_AreNoCountryFigure()
    {
        Assert.Empty(Read("Meanwhile around 600 people live on the streets and in abandoned buildings in Sarajevo.", "BIH", "2018-10-20"));
    }

    [Fact]
    public void Read_TwoMonthsJoinedInALocalLanguage_AreOneSpan()
    {
        Assert.Equal(["SRB asylum_intentions cumulative 2018-01/2018-02 1021"],
            Read("Prema njegovim rečima, u januaru i februaru nameru da zatraži azil u Srbiji izrazila je 1.021 osoba.", null, "2018-04-10"));
    }

    [Fact]
    public void Read_ASpanOfMonths_HoldsNoMoreThanAMonthsBoundForEachMonth()
    {
        Assert.Empty(Read("U aprilu i maju granicu BiH prešlo je 542.854 osoba na ulazu.", "BIH", "2020-06-10"));
    }

    [Fact]
    public void Read_UntilADayFromTheStartOfSomethingElse_IsNoYearToDate()
    {
        Assert.Empty(Read("Од почетокот на издавањето на потврдите до 11.12.2015 година, до Секторот за азил се поднесени вкупно 83 барања за признавање право на азил.", "MKD", "2015-12-11"));
        Assert.Equal(["BIH arrivals cumulative 2020-01/2020-04 5000"], Read("Od početka godine do 30. aprila u BiH je ušlo 5.000 migranata.", null, "2020-05-10"));
    }

    [Fact]
    public void Read_MacedonianCertificatesIssuedToForeigners_AreIntentions()
    {
        Assert.Equal(["MKD asylum_intentions cumulative 2015-06-19/2015-10-27 182978"],
            Extract.TitledKeys(
                "Министерството за внатрешни работи информира дека од 19 јуни до 27 октомври издадени се вкупно 182.978 потврди на странски државјани. "
                + "Според МВР, во последните 24 часа до Одделението за азил не е поднесено ниту едно барање за признавање право на азил.",
                "Македонија се ближи до бројка од 200.000 регистрирани бегалци", "MKD", "2015-10-27"));
    }

    [Fact]
    public void Read_ATableOfCentresCaptionedWithAPastYear_StatesThemAtItsEnd()
    {
        var html = "<html><body><h1>Types of accommodation</h1><p>There were 2 active asylum centres in Serbia in 2016:</p>"
            + "<table><tr><th>Asylum centre</th><th>Capacity</th></tr><tr><td>Bogovađa</td><td>280</td></tr><tr><td>Tutin</td><td>150</td></tr></table></body></html>";
        var figures = new MigrationFeeds.Parsing.Extraction.GeneralReportParser(false).Parse(System.Text.Encoding.UTF8.GetBytes(html), new MigrationFeeds.Parsing.Model.DocumentContext
        {
            Url = "file:///aida.html",
            ContentType = "text/html",
        }).Figures;

        Assert.Equal(["SRB/Bogovađa capacity stock 2016-12 280", "SRB/Tutin capacity stock 2016-12 150"], Extract.Keys(figures));
    }

    [Fact]
    public void Read_PersonsWhoEnterEveryDay_AreNoStock()
    {
        Assert.Equal(["BIH present_total stock 2018-12-16 4500-6000"],
            Read("It is currently estimated that there are between 4,500 and 6,000 migrants in the country, and that 100 to 150 people enter every day.", "BIH", "2018-12-16"));
        Assert.Equal(["SRB present_total stock 2018-04-04 5000"],
            Read("He put the number of migrants currently in Serbia at about 5,000 and said Croatia was returning migrants every day.", null, "2018-04-04"));
    }

    [Fact]
    public void Read_ASentenceThatOpensWithIts_SpeaksOfTheCentreBefore()
    {
        Assert.Equal(["BIH/Miral capacity stock 2019-10-01 600"],
            Read("Miral temporary reception centre is mainly for single men. Its capacity is around 600.", "BIH", "2019-10-01"));
    }

    [Fact]
    public void Read_ANumberedParagraph_IsNoCount()
    {
        Assert.DoesNotContain(MigrationFeeds.Parsing.Language.Numbers.NumberReader.Read("23. Migrants in Bosnia and Herzegovina are generally housed in open centres."), n => n.Value == 23);
    }

    [Fact]
    public void Read_PairsComparedPerPlaceRespectively_AreEachPlacesEarlierAndLaterValues()
    {
        Assert.Equal(
            ["MNE arrivals year 2017 807", "MNE arrivals year 2018 4645", "MKD arrivals year 2017 547", "MKD arrivals year 2018 3132"],
            Read("Every country of the region detected more irregular entries in 2018 than in 2017. Registered arrivals rose six-fold in Montenegro and in North Macedonia: 807 vs. 4,645 and 547 vs. 3,132 respectively.", null, "2019-03-01"));
        Assert.DoesNotContain(
            "MNE arrivals year 2017 807",
            Read("Registered arrivals rose six-fold in Montenegro, North Macedonia and Albania: 807 vs. 4,645 and 547 vs. 3,132 respectively, in 2017 and 2018.", null, "2019-03-01"));
    }

    [Fact]
    public void Read_AComparedValue_KeepsTheCountryOfTheFigureItIsComparedWith()
    {
        Assert.Equal(
            ["BIH arrivals year 2018 23848", "BIH arrivals year 2017 1116"],
            Read("Bosnia and Herzegovina saw the largest rise. Between January and December 2018 its authorities registered 23,848 migrants, twenty times the 1,116 reported in 2017 and close to double the total of all the countries of the region.", null, "2019-03-01"));
    }

    [Fact]
    public void Read_PersonsStayingThere_AreResidentsOfTheCentreTheSentenceBeforeNamed()
    {
        Assert.Equal(
            ["BIH/Lipa accommodated stock 2021-02-04 898"],
            Read("Situation report 29 January - 4 February 2021\n\nIOM supported the SFA at the Provisional Camp Lipa, where the army put up 30 tents. When the reporting period ended, 898 migrants were staying there.", "BIH", "2021-02-05"));
        Assert.DoesNotContain(
            Read("Situation report 29 January - 4 February 2021\n\nIOM supported the SFA in TRC Blažuj and TRC Ušivak. When the reporting period ended, 898 migrants were staying there.", "BIH", "2021-02-05"),
            k => k.Contains("/", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_TheNumberOfSomethingThatChanges_HasAValueForEachPeriodWrittenAfterIt()
    {
        Assert.Equal(
            ["SRB present_total stock 2018-12 4500", "SRB present_total stock 2019-05 3600"],
            Read("The number of refugees and migrants present in the country went down slightly, from 4,500 in Dec 2018 to 3,600 in May 2019.", "SRB", "2019-06-20"));
        Assert.Equal(
            ["SRB present_total stock 2017-01-01 7000", "SRB present_total stock 2019-06-20 4000"],
            Read("The number of people staying in Serbia went down from over 7,000 at the beginning of 2017 to some 4,000 currently.", null, "2019-06-20"));
        Assert.Empty(Read("The number of people staying in Serbia went down by 300 to some 4,000, the report says.", null, "2019-06-20"));
    }

    [Fact]
    public void Read_NewArrivalsObservedOrAssisted_AreArrivals()
    {
        Assert.Equal(
            ["SRB arrivals cumulative 2018-10/2018-12 5084", "SRB arrivals cumulative 2018-07/2018-09 6963"],
            Read("New arrivals stayed high: UNHCR and partners observed or assisted 5,084 newly arrived refugees and migrants in Serbia in October-December 2018, against 6,963 in July-September.", null, "2019-01-20"));
    }

    [Fact]
    public void Read_NewRefugeesCountedInACountry_AreAStockNotArrivals()
    {
        Assert.Equal(
            ["SRB present_total stock 2017-08-06 4688", "SRB accommodated stock 2017-08-06 4391"],
            Read("On 6 August 2017 UNHCR counted 4,688 new refugees, asylum-seekers and migrants in Serbia, of whom 4,391 were accommodated in 18 governmental centres.", null, "2017-08-07"));
    }

    [Fact]
    public void Read_ByOrUntilAMonthAndDay_RunsAFlowUpToThatDay()
    {
        Assert.Equal(
            ["SRB accommodated stock 2019-03-31 4000", "SRB arrivals cumulative 2019-01-01/2019-03-15 2000"],
            Read("Until March 15th, 2,000 migrants had entered Serbia. On March 31, 4,000 were in the centres.", null, "2019-04-05"));
    }

    [Fact]
    public void Read_TheShelterInASentenceAfterOthers_IsTheCentreNamedLast()
    {
        Assert.Equal(["BIH/Blažuj capacity stock 2020-01-10 1200"],
            Read("Blazuj is not fully ready yet, the IOM said. A kitchen and a living room are being set up. The shelter can take up to 1,200 migrants at most.", null, "2020-01-10"));
        // Two centres named before: the shelter is one of them, and its places are not the country's.
        Assert.Empty(
            Read("Migrants were moved from Usivak to Blazuj. A kitchen and a living room are being set up. The shelter can take up to 1,200 migrants at most.", null, "2020-01-10"));
    }

    [Fact]
    public void Read_EnglishSentenceOpeningWithOn_PointsBackToNoCentre()
    {
        Assert.Equal(["SRB present_total stock 2017-09-10 4061", "SRB accommodated stock 2017-09-10 3754"],
            Read("The Presevo centre was busy. On 10 September 4,061 refugees and migrants were counted in Serbia, and 3,754 of them were housed in 18 governmental centres.", null, "2017-09-12"));
    }

    [Fact]
    public void Read_FlowWithoutPeriodInAReportOnSeveralMonths_IsOverAllOfThem()
    {
        Assert.Equal(["SRB asylum_intentions cumulative 2018-10/2018-12 2237", "SRB present_total stock 2018-12 4470"],
            Extract.Keys(Extract.Figures("2,237 persons registered intentions to seek asylum in Serbia. 4,470 refugees and migrants were counted in Serbia.", null, null,
                "Serbia: Inter-Agency Operational Update (October-December 2018)")));
    }
    [Fact]
    public void Read_TwoCentresOfALargeSystemNamedTogether_AreNoCountryFigure()
    {
        Assert.Empty(Read("In Serbia, on 23 October some 300 residents of the Adaševci and Principovac centres were accommodated there.", null, "2018-10-28"));
        Assert.Equal(["MKD accommodated stock 2018-10-23 900"],
            Read("On 23 October some 900 people were accommodated in Vinojug and Tabanovce.", null, "2018-10-28"));
    }

    [Fact]
    public void Read_FlowComparedWithOneOverWeeks_IsNoMonthFigure()
    {
        Assert.Equal(["SRB arrivals month 2017-12 1200", "SRB arrivals month 2017-11 900"],
            Extract.Keys(Extract.Figures("UNHCR and partners assisted 174 new arrivals, compared to 171 in the two weeks before. In December, 1,200 persons arrived in Serbia, compared to 900 in November.",
                null, "2018-01-15", "Serbia Update, 14 January 2018")));
    }
    [Fact]
    public void Read_PersonsOfThemAfterUnaccompaniedChildren_AreThoseChildren()
    {
        Assert.Equal(["SRB uasc_present stock 2017-04-09 900", "SRB/Obrenovac uasc_present stock 2017-04-09 375", "SRB/Preševo uasc_present stock 2017-04-09 118"],
            Read("Over 900 UASCs are in Serbia at present, 771 of them accommodated in government centres (375 in Obrenovac, 118 in Presevo, and the rest elsewhere).", null, "2017-04-09"));
        Assert.Equal(["BIH present_total stock 2021-05-31 6734", "BIH accommodated stock 2021-05-31 4991"],
            Read("Bosnia and Herzegovina has 6,734 refugees and migrants, 4,991 of whom are accommodated in reception facilities.", null, "2021-05-31"));
    }
    [Fact]
    public void Read_ReportOnAVisit_StatesWhatItFoundAtTheMonthTheVisitBegan()
    {
        const string Head = "Visit to Bosnia and Herzegovina\n\nThe Special Rapporteur submits the present report on his visit to Bosnia and Herzegovina, which took place from 24 September to 1 October 2019.\n\n";

        Assert.Equal(["BIH/Ušivak accommodated stock 2019-09 730", "BIH/Ušivak capacity stock 2019-09 800"],
            Read(Head + "Ušivak temporary reception centre has up to 800 beds. About 730 people were living there when the Special Rapporteur visited.", null, null).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Read_ThisYearAfterASpan_OnlySaysTheSpansYear()
    {
        Assert.Equal(["BIH arrivals cumulative 2018-01-01/2018-11-19 22111"],
            Read("From 1 January to 19 November this year, 22,111 irregular migrants were registered in BiH.", null, "2018-11-29"));
        Assert.Equal(["BIH arrivals cumulative 2018-01-01/2018-11-19 22111"],
            Read("Od 1. januara do 19. novembra ove godine Službi za poslove sa strancima na teritoriji BiH prijavljena su 22.111 nezakonita migranta.", null, "2018-11-29"));
    }
    [Fact]
    public void Read_WeeklyReportOnCampsHeadedByTheirTowns_GivesEachCampItsStartOfTheWeek()
    {
        Assert.Equal(["MKD/Vinojug accommodated stock 2016-04-18 135", "MKD/Tabanovce accommodated stock 2016-04-18 787"],
            Read("The situation at the border crossings Gevgelija and Kumanovo for the period: 18.04.2016 – 24.04.2016\n\nGevgelija\n\n"
                + "There were 135 refugees in the camp at the start of the week.\n\nKumanovo\n\n"
                + "At the start of the week 787 refugees were in the camp. During the week 14 refugees accommodated in the camp received certificates.", null, "2016-04-28"));
    }

    [Theory]
    [InlineData("Kampi ndodhet pranë qytetit dhe mund të presë 60 emigrantë.", "2017-06-10")]
    [InlineData("Imamo imigracioni centar sa 100 mjesta i azilantski centar za tražioce azila.", "2017-03-09")]
    [InlineData("Within two weeks the centre's capacity was raised from 300 to more than 700 people.", "2019-01-20")]
    public void Read_OneUnnamedFacilitysPlaces_AreNotTheCountrys(string text, string published)
    {
        Assert.DoesNotContain(Extract.TitledKeys(text, "News", null, published), key => key.Contains(" capacity ", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_ANewCentreInATextOnOneCentre_IsThatCentres()
    {
        Assert.Equal(
            ["BIH/Lipa capacity stock 2021-11-19 1500"],
            Extract.TitledKeys("A new reception centre able to serve up to 1,500 migrants opened today in Bosnia and Herzegovina. The centre at Lipa replaces a tent camp.", "News", null, "2021-11-19"));
    }

    [Fact]
    public void Read_TheCountrysOnlyCentre_HoldsTheCountrysPlaces()
    {
        Assert.Equal(
            ["BIH capacity stock 2018-03-31 150"],
            Extract.TitledKeys("Bosnia and Herzegovina offers accommodation in one single asylum centre, which has room for around 150 people.", "News", null, "2018-03-31"));
    }

    [Fact]
    public void Read_ArrivalsRegisteredAtOneCentre_AreNotTheCountrys()
    {
        Assert.Empty(Extract.TitledKeys(
            "More than 64,000 people have been registered at the Gevgelija reception centre in the former Yugoslav Republic of Macedonia since June this year.",
            "News", null, "2015-09-08"));
    }

    [Fact]
    public void Read_ChildFriendlySpaces_AreNoPlacesToStay()
    {
        Assert.DoesNotContain(
            Extract.TitledKeys("In Gevgelija, partners set up child friendly spaces where up to 50 children at a time can play.", "News", null, "2015-09-08"),
            key => key.Contains(" capacity ", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_PeopleFromACountryInACentre_AreAPartOfItsResidents()
    {
        Assert.Empty(Extract.TitledKeys("Në Vranidoll janë vendosur dy azilkërkues nga Siria, dy nga Maroku dhe një nga Palestina.", "Lajme", null, "2021-06-18"));
    }

    [Fact]
    public void Read_TheCampUnderACentresHeading_HoldsThatCentresResidents()
    {
        Assert.Equal(
            ["MKD/Vinojug accommodated stock 2016-05-02 101", "MKD/Tabanovce accommodated stock 2016-05-08 250"],
            Extract.TitledKeys("Our weekly report on the two border crossings.\n\nGevgelija\n\nOn the first day of the week the camp counted 101 refugees in all.\n\n"
                + "Kumanovo\n\nOn the last day of the week the camp held 250 refugees.", "The situation at the border crossings Gevgelija and Kumanovo for the period: 02.05.2016 – 08.05.2016", "MKD", "2016-05-12"));
    }

    [Fact]
    public void Read_TheCampInAReportOnTwoCampsWithNoHeading_IsNoOnesCount()
    {
        Assert.Empty(Extract.TitledKeys(
            "Available facilities and conditions\n\nWhen the week began the camp held 141 refugees; some were moved to the shelter in Vizbegovo.",
            "The situation at the border crossings Gevgelija and Kumanovo for the period 30.05.2016 - 05.06.2016", "MKD", "2016-06-08"));
    }
}
