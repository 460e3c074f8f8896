using MigrationFeeds.Parsing.Tests.Support;

namespace MigrationFeeds.Parsing.Tests.Extraction;

/// <summary>
/// Whose a count is when the sentence singles out a place ("In Velika Kladuša alone"), counts countries, adds several
/// countries up or lists them with values in brackets, names an authority by its adjective, or counts one group.
/// </summary>
public sealed class PlacesGroupsAndCountryListsTests
{
    [Theory]
    [InlineData("In Velika Kladuša alone, outreach teams counted around 600 people in informal sites on 3 February.", "BIH")]
    [InlineData("At the Kelebija and Horgos crossings alone, more than 1,400 people were found hidden in lorries this year.", "SRB")]
    [InlineData("Only at the Kelebija crossing, more than 1,400 people were found hidden in lorries this year.", "SRB")]
    [InlineData("Vetëm në zonën e Kakavijës dhe të Kapshticës u kapën më shumë se gjysma e tyre, ndërsa në pikën kufitare të Qafë Botës u ndaluan rreth 900 persona gjatë gushtit.", "ALB")]
    public void Read_ACountAtAPlaceTheSentenceSinglesOut_IsNotTheCountrys(string body, string country)
    {
        Assert.Empty(Extract.TitledKeys(body, "Report", country, "2021-02-12"));
    }

    [Theory]
    [InlineData("Serbia alone registered 5,000 irregular migrants in 2018, the ministry said.", "SRB arrivals year 2018 5000")]
    [InlineData("September alone accounted for 1,993 irregular migrants apprehended in Albania.", "ALB arrivals month 2020-09 1993")]
    public void Read_ACountryOrAPeriodSingledOut_KeepsTheFigure(string body, string expected)
    {
        Assert.Contains(expected, Extract.TitledKeys(body, "Report", null, "2020-11-13"));
    }

    [Theory]
    [InlineData("Arrivals in the six Western Balkan countries and territories continued to decline in March, with 9,720 new arrivals registered.", "WB6 arrivals month 2023-03 9720")]
    [InlineData("Na nivou šest zemalja Zapadnog Balkana broj registrovanih dolazaka u martu iznosio je 9.720, saopštio je IOM.", "WB6 arrivals month 2023-03 9720")]
    public void Read_ANumberOfCountries_IsNoCountOfPersons(string body, string expected)
    {
        Assert.Equal([expected], Extract.TitledKeys(body, "Western Balkans", null, "2023-04-20"));
    }

    [Theory]
    [InlineData("Granična policija BiH je u periodu od 1. januara do 25. marta otkrila 749 državljana zemalja visokog migracionog rizika.", "BIH arrivals cumulative 2018-01-01/2018-03-25 749")]
    [InlineData("Në Shqipëri kërkuan azil gjatë vitit 2017 rreth 66 shtetas të huaj, sipas Ministrisë.", "ALB asylum_applications year 2017 66")]
    public void Read_CitizensOfCountries_AreStillPersons(string body, string expected)
    {
        Assert.Contains(expected, Extract.TitledKeys(body, "Vijesti", null, "2018-03-26"));
    }

    [Theory]
    [InlineData("Together, Bosnia and Herzegovina, Montenegro and Albania accounted for 31,894 of the arrivals registered in 2018.")]
    [InlineData("In 2018, Serbia and Montenegro registered 12,000 irregular migrants between them.")]
    public void Read_ASumOfSeveralCountries_IsNoOneCountrys(string body)
    {
        Assert.Empty(Extract.TitledKeys(body, "Review of 2018", null, "2019-02-20"));
    }

    [Fact]
    public void Read_AnAuthorityNamedByItsLocalAdjective_PlacesTheFigure_OverTheRegionNamedLater()
    {
        var body = "Crnogorske vlasti su tokom 2022. godine registrovale dolazak 8.318 izbjeglica i migranata, pokazuju podaci objavljeni u regionalnom pregledu za Zapadni Balkan.";

        Assert.Equal(["MNE arrivals year 2022 8318"], Extract.TitledKeys(body, "Migracije", null, "2023-02-14"));
    }

    [Fact]
    public void Read_AnotherCountrysAuthorityByItsAdjective_IsNotTheDocumentsCountry()
    {
        var body = "According to the Croatian Ministry of Interior, 1,120 attempts at irregular entry from BiH were recorded in January 2021, the agency reported.";

        Assert.Empty(Extract.TitledKeys(body, "Situation report", "BIH", "2021-02-12"));
    }

    [Theory]
    [InlineData("On je naveo da je u avgustu, u samo jednoj akciji kod Tuzi, zatečena grupa od 47 lica, uglavnom državljana Sirije i Pakistana.", "MNE")]
    [InlineData("A group of 20 migrants from Afghanistan entered Serbia irregularly in August near Preševo, the police said.", "SRB")]
    public void Read_OneGroupCaught_IsNoFlowOfThePeriod(string body, string country)
    {
        Assert.Empty(Extract.TitledKeys(body, "Granica", country, "2018-08-31"));
    }

    [Fact]
    public void Read_CountriesWithValuesInBrackets_AfterAChangeOverYears_AreEachCountrysFigureOfTheLatestYear()
    {
        var body = "Na nivou šest zemalja Zapadnog Balkana broj registrovanih dolazaka porastao je sa 120.513 u 2021. na 192.266 u prošloj godini. "
            + "Najveći dio tog broja odnosi se na Srbiju (120.883), koja je i dalje glavna tranzitna zemlja u regionu, a slijede Bosna i Hercegovina (27.429), "
            + "Sjeverna Makedonija (22.379) i Albanija (12.216).";

        var keys = Extract.TitledKeys(body, "IOM: pregled za Zapadni Balkan", null, "2023-02-14");

        Assert.Equal(
            ["ALB arrivals year 2022 12216", "BIH arrivals year 2022 27429", "MKD arrivals year 2022 22379", "SRB arrivals year 2022 120883",
                "WB6 arrivals year 2021 120513", "WB6 arrivals year 2022 192266"],
            keys.Order(StringComparer.Ordinal));
    }
}
