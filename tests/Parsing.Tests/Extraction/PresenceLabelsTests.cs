using MigrationFeeds.Parsing.Tests.Support;

namespace MigrationFeeds.Parsing.Tests.Extraction;

/// <summary>
/// Who is present or accommodated, however a label or a sentence puts it: "estimated refugees and migrants in Serbia" under
/// a key figure; those "in and outside the centres", who are the centres' residents and the people outside them together;
/// persons "assisted with accommodation".
/// </summary>
public sealed class PresenceLabelsTests
{
    [Theory]
    [InlineData("5,000 estimated refugees and migrants in Serbia", "SRB present_total stock 2023-03 5000")]
    [InlineData("4,000 - 5,000 estimated refugees and migrants in Serbia", "SRB present_total stock 2023-03 4000-5000")]
    [InlineData("4,300 estimated refugees and migrants in governmental centres", "SRB accommodated stock 2023-03 4300")]
    public void Read_AKeyFiguresEstimatedPersonsInAPlace_IsWhoIsPresentThere(string label, string expected)
    {
        var figures = Extract.Figures("Serbia Update March 2023\n\n" + label, "SRB", "2023-04-10");

        Assert.Equal([expected], Extract.Keys(figures));
        Assert.True(figures[0].Approximate);
    }

    [Theory]
    [InlineData("In and outside the reception centres there are about 4,500 migrants.")]
    [InlineData("About 4,500 migrants are currently staying in and outside the centres.")]
    [InlineData("There are about 4,500 migrants in the reception centres and outside them, the Service said.")]
    [InlineData("Prema podacima Službe za poslove sa strancima, u centrima i izvan njih trenutno se nalazi oko 4.500 migranata, a najviše ih je u Unsko-sanskom kantonu.")]
    [InlineData("Prema podacima Službe za poslove sa strancima, u prihvatnim centrima i van njih trenutno boravi oko 4.500 migranata, a najviše ih je u Unsko-sanskom kantonu.")]
    public void Read_PeopleInAndOutsideTheCentres_AreEveryonePresent(string body)
    {
        Assert.Equal(["BIH present_total stock 2023-04-10 4500"], Extract.TitledKeys(body, "News", "BIH", "2023-04-10"));
    }

    [Fact]
    public void Read_PeopleInAndOutsideTheCentres_InMacedonian_AreEveryonePresent()
    {
        var body = "Според податоците на Министерството за внатрешни работи, во и надвор од центрите моментално се наоѓаат околу 450 мигранти во Северна Македонија.";

        Assert.Equal(["MKD present_total stock 2023-04-10 450"], Extract.TitledKeys(body, "Вести", null, "2023-04-10"));
    }

    [Fact]
    public void Read_PersonsAssistedWithAccommodation_AreAccommodated()
    {
        var keys = Extract.TitledKeys("UNHCR assisted 640 asylum-seekers with accommodation in Montenegro in March.", "News", null, "2023-04-10");

        Assert.Equal(["MNE accommodated stock 2023-03 640"], keys);
    }
}
