using MigrationFeeds.Parsing.Tests.Support;

namespace MigrationFeeds.Parsing.Tests.Extraction;

/// <summary>
/// How asylum-seekers came is no count of arrivals, a round headline restates the exact figure below it, a local story
/// is placed by the centres it names, and a section's number is no figure.
/// </summary>
public sealed class PartsPlacesAndRestatementsTests
{
    [Theory]
    [InlineData("According to the Ministry of Internal Affairs, 1,409 asylum seekers were registered in 2020; 887 of them had entered illegally, 20 legally, and for 502 the way of entry could not be determined.")]
    [InlineData("In 2020, 1,409 asylum-seekers were registered by the Department for Citizenship, Asylum and Migration of the Ministry of Internal Affairs: 887 had entered irregularly, 20 through regular border crossings and for 502 the manner of entry could not be established.")]
    public void Read_HowTheAsylumSeekersCame_IsNoCountOfArrivals(string body)
    {
        Assert.Equal(["XKX asylum_applications year 2020 1409"], Extract.TitledKeys(body, "Kosovo operational update", "XKX", "2021-06-30"));
    }

    [Fact]
    public void Read_PartsThatCountFewer_AreStillFigures()
    {
        var keys = Extract.TitledKeys(
            "At the end of March, 5,200 refugees and migrants were present in Serbia; of them, 4,617 were accommodated in the government centres.",
            "Serbia update", "SRB", "2021-04-10");

        Assert.Contains("SRB accommodated stock 2021-03 4617", keys);
    }

    [Fact]
    public void Read_ARoundHeadlineForTheYear_BesideTheExactCountToDecember_IsTheExactOne()
    {
        var text = string.Join('\n',
            "Mbi 500 kërkesa për azil në Kosovë gjatë vitit 2018",
            "Prishtinë, 7 janar 2019",
            "",
            "Sipas Departamentit për Shtetësi, Azil dhe Migracion, nga 1 janari deri më 12.12.2018 kanë kërkuar azil në Kosovë 501 persona.");

        var keys = Extract.Keys(Extract.Figures(text, "XKX", "2019-01-07"));

        Assert.Contains("XKX asylum_applications cumulative 2018-01-01/2018-12-12 501", keys);
        Assert.DoesNotContain(keys, k => k.EndsWith(" 500", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_ARoundYearFigure_BesideACountToMarch_IsKept()
    {
        var keys = Extract.TitledKeys(
            "In 2018, 500 asylum applications were lodged in Montenegro. Between 1 January and 31 March 2018, 431 asylum applications were lodged.",
            "Montenegro asylum", "MNE", "2019-02-01");

        Assert.Contains("MNE asylum_applications year 2018 500", keys);
        Assert.Contains("MNE asylum_applications cumulative 2018-01/2018-03 431", keys);
    }

    [Fact]
    public void Read_PassedThroughTheReceptionSystem_IsArrivals()
    {
        Assert.Equal(
            ["SRB arrivals cumulative 2025-01-01/2025-12-18 9567"],
            Extract.TitledKeys("Kroz sistem prihvata u Srbiji od početka godine prošlo je 9.567 migranata, saopštio je Komesarijat.", "Migranti", "SRB", "2025-12-18"));
    }

    [Fact]
    public void Read_AMacedonianStoryOnTheBorderCamps_IsNorthMacedonias_ThoughItSaysWherePeopleGoOn()
    {
        var text = string.Join('\n',
            "МВР: вкупно 330.798 потврди од јуни",
            "Објавено: 12.12.2015",
            "",
            "Според МВР, од 19.06.2015 година до 11.12.2015 година издадени се вкупно 330.798 потврди за изразена намера за азил.",
            "Мигрантите ја напуштаат државата најчесто преку граничниот премин кај Табановце кон Србија.",
            "И во Србија бројот на пристигнати е помал од вообичаеното.",
            "Волонтерите во транзитниот центар Табановце велат дека им се потребни ќебиња.",
            "Камповите кај Табановце и Гевгелија се речиси празни.");

        var keys = Extract.Keys(Extract.Figures(text, null, "2015-12-12"));

        Assert.NotEmpty(keys);
        Assert.All(keys, k => Assert.StartsWith("MKD ", k, StringComparison.Ordinal));
    }

    [Fact]
    public void Read_ASectionsNumberBeforeItsHeadingInCapitals_IsNoFigure()
    {
        var text = string.Join('\n',
            "MIXED MIGRATION FLOWS IN THE WESTERN BALKANS",
            "November 2018",
            "",
            "4 OVERVIEW OF ARRIVALS",
            "",
            "In November 2018, 2,374 migrants and refugees arrived in Bosnia and Herzegovina.");

        Assert.Equal(["BIH arrivals month 2018-11 2374"], Extract.Keys(Extract.Figures(text, "BIH", "2018-12-10")));
    }

    [Fact]
    public void Read_ADashBulletAfterAFullStop_OpensTheNextItem()
    {
        var text = string.Join('\n',
            "SERBIA INTER-AGENCY UPDATE, September 2017",
            "",
            "- Only 2 persons went on to lodge an asylum application with the Asylum Office, as few wish to remain in Serbia.",
            "- 41 collective expulsions from Hungary were reported to partners in September, involving 312 persons in total.");

        var keys = Extract.Keys(Extract.Figures(text, "SRB", "2017-10-27"));

        Assert.Contains("SRB asylum_applications month 2017-09 2", keys);
        Assert.DoesNotContain(keys, k => k.EndsWith(" 312", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_AFigureAfterAListOfCentres_IsNoneOfThem()
    {
        var keys = Extract.TitledKeys(
            "Krajem listopada u privremenim prihvatnim centrima u Bosni i Hercegovini – Biri, Miralu, Borićima, Sedri, Ušivku i Blažuju – bilo je smješteno 6.377 osoba.",
            "Migranti u BiH", "BIH", "2020-11-03");

        Assert.DoesNotContain(keys, k => k.StartsWith("BIH/", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_TheMiddleOfATown_IsNoReceptionCentre()
    {
        var text = string.Join('\n',
            "UNHCR: u Srbiji 4.087 izbeglica",
            "23. januar 2018.",
            "",
            "U 18 vladinih centara bilo je smešteno 3.797 ljudi, dok je njih oko 290 noći provodilo napolju – u napuštenim objektima u centru Beograda.",
            "Nekoliko desetina dece je u ustanovama socijalne zaštite u Beogradu, Nišu i Subotici.");

        Assert.Contains("SRB accommodated stock 2018-01-23 3797", Extract.Keys(Extract.Figures(text, "SRB", "2018-01-23")));
    }

    [Theory]
    [InlineData("Во текот на целата 2013 година на територијата на државата беа откриени над 1.200 мигранти, а голем дел од нив беа државјани на Албанија.")]
    [InlineData("Tokom cijele 2013. godine na teritoriji države otkriveno je preko 1.200 migranata, a velik dio njih bili su državljani Albanije.")]
    [InlineData("Throughout 2013, more than 1,200 migrants were detected on the territory of the state, many of them nationals of Albania.")]
    public void Read_TheNationalsOfACountry_DoNotPlaceTheFigureThere(string body)
    {
        var keys = Extract.Keys(Extract.Figures("MVR\n22.01.2020\n\n" + body, null, "2020-01-22"));

        Assert.DoesNotContain(keys, k => k.StartsWith("ALB", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Najviše smeštenih bilo je u Obrenovcu (778), a slede prihvatni centri u Adaševcima, gde je boravilo 290 osoba.", "SRB", "SRB/Adaševci accommodated stock 2019-05 290")]
    [InlineData("Во Винојуг, каде престојуваат 34 лица, условите се подобрени.", "MKD", "MKD/Vinojug accommodated stock 2019-05 34")]
    [InlineData("Në Magurë, ku qëndrojnë 38 azilkërkues, kushtet janë përmirësuar.", "XKX", "XKX/Magura accommodated stock 2019-05 38")]
    public void Read_PeopleStayingWhereACentreIs_AreItsResidents(string body, string country, string expected)
    {
        Assert.Contains(expected, Extract.TitledKeys(body, "Maj 2019", country, "2019-06-10"));
    }

    [Fact]
    public void Read_ThePlaceOfAnAsideBeforeTheNumber_IsNotWhereTheNumberIs()
    {
        var keys = Extract.TitledKeys(
            "In Greece, which remains the main country of first entry for those reaching the region, 4,122 sea and land arrivals were recorded in August.",
            "South-Eastern Europe asylum summary, August 2020", null, "2020-09-18");

        Assert.Empty(keys);
    }

    [Fact]
    public void Read_EntriesThePolicePrevented_AreNoArrivals()
    {
        Assert.Empty(Extract.TitledKeys(
            "Police reported preventing 2,431 attempted irregular entries from Greece in the quarter.",
            "North Macedonia external update, January-March 2017", "MKD", "2017-04-21"));
    }

    [Fact]
    public void Read_WhatSomeOfTheUnaccompaniedChildrenDid_IsNoCountOfTheCountrys()
    {
        var keys = Extract.TitledKeys(
            "Od početka godine registrovano je 10.317 migranata. Među registrovanim migrantima je i 69 maloljetnika bez pratnje roditelja, od kojih je njih 60 iskazalo namjeru za traženje azila.",
            "SPS: registrovano 10.317 migranata", "BIH", "2018-08-09");

        Assert.Contains("BIH uasc_arrivals cumulative 2018-01-01/2018-08-09 69", keys);
        Assert.DoesNotContain(keys, k => k.Contains("asylum_intentions", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_PersonsPlacedInTheImmigrationCentre_AreNotAccommodated()
    {
        Assert.DoesNotContain(
            Extract.TitledKeys("U protekloj sedmici iz BiH je protjerano 12 stranaca, a u Imigracioni centar u Istočnom Sarajevu smješteno je njih šest.", "SPS", "BIH", "2018-08-09"),
            k => k.Contains("accommodated", StringComparison.Ordinal));
    }
}
