using MigrationFeeds.Parsing.Tests.Support;

namespace MigrationFeeds.Parsing.Tests.Extraction;

/// <summary>Whose a document's figures are when a mirror or a feed files a report on the region under one country.</summary>
public sealed class RegionalDocumentsTests
{
    private const string Summary = "\n\nSummary of key trends observed\n\n233 persons applied for asylum in June, up from 40 in May.\n";

    [Fact]
    public void Read_MirrorCopyWhoseTitleLineNamesTheRegion_GivesTheRegionItsFigures()
    {
        const string Mirror = "Quantcast\nChannel: ReliefWeb - Updates on Bosnia and Herzegovina\nViewing all articles\nBrowse latest Browse all 3412\n\n";

        Assert.Equal(
            ["WB6 asylum_applications month 2020-06 233", "WB6 asylum_applications month 2020-05 40"],
            Extract.Keys(Extract.Figures(Mirror + "Bosnia and Herzegovina: UNHCR RBE - South Eastern Europe - Asylum Statistics - Summary of key trends observed (As of 30 June 2020)" + Summary, null, "2020-07-20")));
        Assert.Equal(
            ["BIH asylum_applications month 2020-06 233", "BIH asylum_applications month 2020-05 40"],
            Extract.Keys(Extract.Figures(Mirror + "Bosnia and Herzegovina: UNHCR - Asylum Statistics - Summary of key trends observed (As of 30 June 2020)" + Summary, null, "2020-07-20")));
    }

    [Fact]
    public void Read_FeedLineNamingTheCountryAReportIsFiledUnder_StartsNoSectionOfThatCountry()
    {
        const string Title = "UNHCR RBE - South Eastern Europe - Asylum Statistics (as of 30 June 2020) - Bosnia and Herzegovina | ReliefWeb";

        Assert.Equal(
            ["WB6 asylum_applications month 2020-06 233", "WB6 asylum_applications month 2020-05 40"],
            Extract.Keys(Extract.Figures("Bosnia and Herzegovina\n+ 22\n\nPublished" + Summary, null, "2020-07-20", Title)));
    }

    [Fact]
    public void Read_NumberOfPlacesWithWordsBetween_IsNoCountOfPersons()
    {
        Assert.Empty(Extract.Figures("Montenegro has readied two former army bases as shelters for possible arrivals.", null, "2018-08-18"));
        Assert.Equal(
            ["SRB accommodated stock 2022-07-05 250"],
            Extract.Keys(Extract.Figures("U Srbiji, u tri tamošnja prihvatna centra sada boravi 250 migranata.", null, "2022-07-05")));
        Assert.Equal(
            ["SRB accommodated stock 2022-07-05 250"],
            Extract.Keys(Extract.Figures("In Serbia, 250 migrants stay in reception centres.", null, "2022-07-05")));
    }
}
