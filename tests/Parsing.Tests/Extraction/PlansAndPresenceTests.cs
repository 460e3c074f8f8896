using MigrationFeeds.Parsing.Tests.Support;

namespace MigrationFeeds.Parsing.Tests.Extraction;

/// <summary>Plans that are no counts, people given up on entering, and presence in the wording of local news.</summary>
public sealed class PlansAndPresenceTests
{
    [Theory]
    [InlineData("Kapacitet će biti 250 mesta, a centar će se otvoriti na jesen u Vranju.", "2021-07-02")]
    [InlineData("The new centre in Lipa will accommodate 1,500 people when it opens next year.", "2020-12-24")]
    public void Read_CapacityOfAPlan_IsNoCount(string text, string published)
    {
        Assert.Empty(Extract.TitledKeys(text, "News", null, published));
    }

    [Fact]
    public void Read_PlacesAdded_AreNoCapacityButTheWholeIs()
    {
        Assert.Equal(
            ["SRB/Preševo capacity stock 2016-08-20 1500"],
            Extract.TitledKeys("Qendrës së pranimit në Preshevë tani i janë shtuar edhe 650 vende, dhe gjithsej ajo mund të pranojë më shumë se 1500 refugjatë.", "Lajme", null, "2016-08-20"));
    }

    [Fact]
    public void Read_PeopleStayingThereInASentenceOnACamp_AreItsResidents()
    {
        Assert.Equal(
            ["BIH/Lipa capacity stock 2020-06-16 1000", "BIH/Lipa accommodated stock 2020-06-16 1200"],
            Extract.TitledKeys("The Lipa camp was built to hold 1,000 people, but 1,200 are already staying there.", "News", null, "2020-06-16"));
        Assert.Equal(
            ["SRB present_total stock 2017-05-01 4000"],
            Extract.TitledKeys("Serbia is a transit country. About 4,000 refugees are staying there now.", "News", null, "2017-05-01"));
    }

    [Fact]
    public void Read_CampBuiltToHold_IsItsCapacity()
    {
        Assert.Equal(
            ["BIH/Lipa capacity stock 2020-06-16 1000"],
            Extract.TitledKeys("The Lipa camp was built to hold 1,000 people.", "News", null, "2020-06-16"));
    }

    [Fact]
    public void Read_LivingInTheCountryNow_IsPresence()
    {
        Assert.Equal(
            ["SRB present_total stock 2017-12-18 4500"],
            Extract.TitledKeys("Iz Komesarijata navode da u Srbiji sada živi oko 4.500 migranata.", "Vesti", null, "2017-12-18"));
    }

    [Fact]
    public void Read_CountBetweenTheVerbAndItsParticiple_IsStillACount()
    {
        Assert.Equal(
            ["SRB accommodated stock 2017-12-18 4100", "SRB present_total stock 2017-12-18 4500"],
            Extract.TitledKeys("U Srbiji sada živi oko 4.500 migranata. Od toga je oko 4.100 smešteno u prihvatnim centrima.", "Vesti", null, "2017-12-18").Order());
    }

    [Fact]
    public void Read_PeopleMovingFromPlaceToPlace_AreNoPlacesToStay()
    {
        Assert.Equal(
            ["SRB present_total stock 2017-03-09 7000-8000"],
            Extract.TitledKeys("Prema našim saznanjima, u Srbiji već mjesecima boravi od sedam do osam hiljada ljudi koji se sele s mjesta na mjesto.", "Vesti", null, "2017-03-09"));
        Assert.Equal(
            ["SRB/Obrenovac capacity stock 2017-03-09 300"],
            Extract.TitledKeys("Centar u Obrenovcu ima 300 mjesta.", "Vesti", null, "2017-03-09"));
    }

    [Fact]
    public void Read_OnTheMove_IsOutsideAccommodation()
    {
        Assert.Contains(
            "SRB outside_accommodation stock 2017-12-18 300",
            Extract.TitledKeys("U Srbiji sada živi oko 4.500 migranata. Od toga je oko 4.100 smešteno u prihvatnim centrima, a oko 300 je u pokretu, uglavnom blizu granica.", "Vesti", null, "2017-12-18"));
        Assert.Equal(
            ["SRB outside_accommodation stock 2017-12-18 300"],
            Extract.TitledKeys("About 300 refugees in Serbia are on the move, mostly near the borders.", "News", null, "2017-12-18"));
    }

    [Theory]
    [InlineData("Od januara je otkriveno 749 migranata. Pored toga, 847 osoba odustalo je od namjere da uđe u BiH.", "Vijesti")]
    [InlineData("Since January, 749 migrants have been detected entering BiH. Another 847 people gave up trying to enter BiH.", "News")]
    public void Read_PeopleWhoGaveUpEntering_AreNoArrivals(string text, string title)
    {
        Assert.Equal(["BIH arrivals cumulative 2018-01-01/2018-03-26 749"], Extract.TitledKeys(text, title, null, "2018-03-26"));
    }

    [Fact]
    public void Read_AGroupTakenToACentre_IsNoCountOfThosePresent()
    {
        Assert.Empty(Extract.TitledKeys("A first group of 99 men, 10 of them UASC, was taken to Adasevci Transit Centre on 07 May.", "Update", null, "2017-05-08"));
        Assert.Equal(
            ["SRB/Adaševci accommodated stock 2017-05-07 99"],
            Extract.TitledKeys("On 07 May, 99 refugees were accommodated in Adasevci Transit Centre.", "Update", null, "2017-05-08"));
    }

    [Fact]
    public void Read_EntriesOnASingleDay_AreNoMonthsCount()
    {
        Assert.Empty(Extract.TitledKeys("On 20 October, 7,000 refugees entered Macedonia in a single day.", "News", null, "2015-11-03"));
        Assert.Equal(["MKD arrivals month 2015-10 70000"], Extract.TitledKeys("In October, 70,000 refugees entered Macedonia.", "News", null, "2015-11-03"));
    }

    [Fact]
    public void Read_PeopleCountedInTheCountry_ArePresentAndThoseOfThemInCentresAccommodated()
    {
        Assert.Equal(
            ["SRB present_total stock 2017-08-06 4688", "SRB accommodated stock 2017-08-06 4391"],
            Extract.TitledKeys("On 06 August UNHCR counted 4,688 new refugees, asylum-seekers and migrants in Serbia, of whom 4,391, or 94%, were accommodated in 18 governmental centres.", "Update", null, "2017-08-07"));
    }

    [Theory]
    [InlineData("Bosnia and Herzegovina is now home to some 8,000 migrants and refugees.", "BIH present_total stock 2020-12-24 8000")]
    [InlineData("The Lipa camp is home to some 1,300 migrants and refugees.", "BIH/Lipa accommodated stock 2020-12-24 1300")]
    public void Read_HomeToPeople_IsTheirPresence(string text, string key)
    {
        Assert.Equal([key], Extract.TitledKeys(text, "News", null, "2020-12-24"));
    }

    [Fact]
    public void Read_TheCountryInTheNumbersOwnWords_IsTheCountryNamedBefore()
    {
        Assert.Equal(
            ["MKD arrivals year 2015 1000000"],
            Extract.TitledKeys("Macedonia is a key transit country. The Western Balkan Route runs across it: roughly one million people transited the country during 2015.", "News", null, "2017-05-01"));
    }
}
