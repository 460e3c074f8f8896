using MigrationFeeds.Parsing.Families.UnhcrBihOperationalUpdate;

namespace MigrationFeeds.Parsing.Tests.Families.UnhcrBihOperationalUpdate;

public sealed class ReceptionCentreTableTests
{
    [Theory]
    [InlineData("TRC Lipa (Una-Sana Canton)", "Lipa")]
    [InlineData("TRC Borići (Una-Sana Canton)", "Borići")]
    [InlineData("TRC Usivak", "Usivak")]
    [InlineData("Asylum Centre Delijaš", "Delijaš")]
    [InlineData("Temporary Reception Centre Velika Kladuša", "Velika Kladuša")]
    public void SiteName_CentreLabel_IsTheNameAsWritten(string label, string site)
    {
        Assert.Equal(site, ReceptionCentreTable.SiteName(label));
    }

    [Theory]
    [InlineData("Reception centre")]
    [InlineData("Total")]
    [InlineData("UNHCR Bosnia and Herzegovina | Operational Update October 2022 | Page")]
    public void SiteName_OtherLabel_IsNoSite(string label)
    {
        Assert.Null(ReceptionCentreTable.SiteName(label));
    }
}
