using MigrationFeeds.Parsing.Tests.Support;

namespace MigrationFeeds.Parsing.Tests.Extraction;

/// <summary>The verbs of the region's languages for what the authorities count, in the forms news writes them.</summary>
public sealed class LocalVerbsTests
{
    [Theory]
    [InlineData("Od 1. siječnja do 31. ožujka granična policija otkrila je 1.500 migranata u BiH.", "BIH arrivals cumulative 2023-01/2023-03 1500")]
    [InlineData("Граничната полиција од почетокот на годината откри 300 нелегални мигранти во Северна Македонија.", "MKD arrivals cumulative 2023-01-01/2023-04-10 300")]
    public void Read_PoliceWhoDetectedMigrants_InTheActivePastOfTheLocalLanguage(string body, string expected)
    {
        Assert.Equal([expected], Extract.TitledKeys(body, "Vijesti", null, "2023-04-10"));
    }

    [Fact]
    public void Read_PeopleWhoSoughtInternationalProtection_InAlbanian_AreAsylumApplications()
    {
        var body = "Sipas Policisë së Shtetit, në Shqipëri 980 persona kanë kërkuar mbrojtje ndërkombëtare në tremujorin e parë të vitit 2023, "
            + "ndërsa vitin e kaluar numri ishte më i ulët.";

        Assert.Equal(["ALB asylum_applications cumulative 2023-01/2023-03 980"], Extract.TitledKeys(body, "Lajme", null, "2023-04-10"));
    }

    [Fact]
    public void Read_CrossingAttemptsThePolicePrevented_InAlbanian_AreNoArrivals()
    {
        var body = "Ministri tha se në gjashtë muajt e parë të vitit parandaluam 5018 tentativa për kalime të paligjshme të kufirit në Maqedoninë e Veriut.";

        Assert.Empty(Extract.TitledKeys(body, "Lajme", null, "2023-08-30"));
    }
}
