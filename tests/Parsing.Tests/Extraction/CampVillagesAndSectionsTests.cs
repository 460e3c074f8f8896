using MigrationFeeds.Parsing.Tests.Support;

namespace MigrationFeeds.Parsing.Tests.Extraction;

/// <summary>
/// Where a count is: a village that is nothing but its camp, a town that has one, a digest's section on another country
/// run into its first paragraph, a photo's caption that names a month; and what it counts: persons behind cases, people a
/// rate leaves stuck.
/// </summary>
public sealed class CampVillagesAndSectionsTests
{
    [Fact]
    public void Read_PeopleInAVillageThatIsOnlyItsCamp_AreTheCampsResidents()
    {
        var keys = Extract.TitledKeys("In Tabanovce there are around 650 refugees, and in Vinojug 120.", "News", "MKD", "2017-03-07");

        Assert.Equal(["MKD/Tabanovce accommodated stock 2017-03-07 650", "MKD/Vinojug accommodated stock 2017-03-07 120"], keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("U Lipi se trenutno nalazi 800 migranata.", "BIH", "BIH/Lipa accommodated stock 2021-02-10 800")]
    [InlineData("На Табановце се уште има 17 бегалци.", "MKD", "MKD/Tabanovce accommodated stock 2021-02-10 17")]
    public void Read_PeopleInTheVillageOfACampInTheLocalLanguage_AreTheCampsResidents(string body, string country, string expected)
    {
        var keys = Extract.TitledKeys(body, "Vijesti", country, "2021-02-10");

        Assert.Equal([expected], keys);
    }

    [Fact]
    public void Read_PeopleInTheTownOfACamp_AreNeitherTheCampsNorTheCountrys()
    {
        var keys = Extract.TitledKeys("In Kumanovo there are 40 migrants.", "News", "MKD", "2017-03-07");

        Assert.Empty(keys);
    }

    [Fact]
    public void Read_PeopleCountedAfterACampsClosure_AreNotItsResidents()
    {
        var keys = Extract.TitledKeys("Since the closure of Lipa, 1,500 people sleep rough.", "News", "BIH", "2021-02-10");

        Assert.DoesNotContain(keys, k => k.StartsWith("BIH/Lipa", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_RequestsMadeOnBehalfOfIndividuals_CountsTheIndividuals()
    {
        var keys = Extract.TitledKeys(
            "This year alone, 87 requests for asylum made on behalf of 97 individuals have been lodged in Bosnia and Herzegovina.",
            "News", null, "2017-06-14");

        Assert.Equal(["BIH asylum_applications cumulative 2017-01-01/2017-06-14 97"], keys);
    }

    [Fact]
    public void Read_PeopleARateLeavesStuck_ArePresentOnTheDayOfThePage()
    {
        var keys = Extract.TitledKeys(
            "The two transit zones now admit just 25 people a week each, leaving more than 7,000 asylum seekers and migrants stuck in Serbia.",
            "News", null, "2017-02-28");

        Assert.Equal(["SRB present_total stock 2017-02-28 7000"], keys);
    }

    [Fact]
    public void Read_APhotosCaptionThatNamesAMonth_DoesNotMakeTheDigestAMonthsReport()
    {
        var body = "Are You Syrious? · Follow\nFeb 28, 2017 · 14 min read\n\n"
            + "Cold morning at the warehouse. Belgrade, February 2017; photo by a volunteer\n\n"
            + "SERBIA\n\nMore than 7,000 asylum seekers and migrants are stuck in Serbia, many of them in inhumane conditions.";

        var keys = Extract.TitledKeys(body, "AYS DAILY DIGEST 27/2/2017 — Push them back", null, null);

        Assert.Equal(["SRB present_total stock 2017-02-28 7000"], keys);
    }

    [Fact]
    public void Read_AnotherCountrysSectionRunIntoItsFirstParagraph_KeepsItsFiguresOut()
    {
        var body = "Are You Syrious? · Sep 17, 2016 · 7 min read\n\nGreece\nA three-year-old girl has died of pneumonia.\n\n"
            + "No arrivals but notable changes in the last 24h:\nOreokastro: +46 (from: 1282 — to: 1328) — capacity: 1500\n\n"
            + "Serbia\n\nAbout 900 people are accommodated in the Adasevci transit centre.";

        var keys = Extract.TitledKeys(body, "AYS NEWS DIGEST 16/9 — Conditions at the Adasevci transit centre", null, null);

        Assert.Equal(["SRB/Adaševci accommodated stock 2016-09-17 900"], keys);
    }

    [Fact]
    public void Read_ACountrysNameThatEndsALineOfASentence_OpensNoSection()
    {
        var body = "Most of the people who arrived this week came from\nGreece\nand 3,200 people are accommodated in Serbia's centres today.";

        var keys = Extract.TitledKeys(body, "News", null, "2016-09-17");

        Assert.Equal(["SRB accommodated stock 2016-09-17 3200"], keys);
    }

    [Fact]
    public void Read_ASectionHeadedByACountryPeopleComeFrom_KeepsItsFiguresOut()
    {
        var body = "Are You Syrious? · Dec 19, 2016\n\nSYRIA\n\nAbout 50,000 people remain in the besieged city, hoping to be evacuated.\n\n"
            + "SERBIA\n\nAround 7,000 refugees are stuck in Serbia.";

        var keys = Extract.TitledKeys(body, "AYS Digest 18/12/2016", null, "2016-12-19");

        Assert.Equal(["SRB present_total stock 2016-12-19 7000"], keys);
    }

    [Theory]
    [InlineData("The Ušivak centre alone hosts 700 people, out of 3,100 accommodated in the country.")]
    [InlineData("Samo u centru Ušivak smješteno je 700 osoba, od ukupno 3.100 smještenih u cijeloj zemlji, rekli su iz Službe za poslove sa strancima.")]
    public void Read_ACountThePlacesInTheWholeCountry_IsTheCountrysBesideTheCentreNamed(string body)
    {
        var keys = Extract.TitledKeys(body, "News", "BIH", "2023-04-10");

        Assert.Equal(["BIH accommodated stock 2023-04-10 3100", "BIH/Ušivak accommodated stock 2023-04-10 700"], keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Read_PeopleInTheTownOfACentre_AreTheTownsCount_OnAPageDatedByAnIsoDateline()
    {
        var body = "Sreda , 2017-05-17 | 11:39:29\n\n"
            + "Upravnik Centra za tražioce azila rekao je danas da je kapacitet za smeštaj u Sjenici povećan za 200 novih mesta.\n\n"
            + "U Sjenici se trenutno nalazi oko 300 izbeglica, a polovina njih je smeštena u novom prostoru, najviše porodice sa decom.\n\n"
            + "U Srbiji je trenutno oko 4.000 izbeglica i migranata.";

        var keys = Extract.TitledKeys(body, "Proširen kapacitet za smeštaj izbeglica u Sjenici", "SRB", null);

        Assert.Equal(["SRB present_total stock 2017-05-17 4000"], keys);
    }
}
