using MigrationFeeds.Parsing.Tests.Support;

namespace MigrationFeeds.Parsing.Tests.Extraction;

/// <summary>
/// Lists as PDF text runs them together (a "year: value" list inside a longer sentence, key-figure lines that each open
/// with a count, a list of centres), and the year of the resolution Kosovo is designated under.
/// </summary>
public sealed class ListsAndDesignationsTests
{
    [Fact]
    public void Read_AYearListRunTogetherWithItsLabelAndTheNextSentence_GivesEachValueTheYearBeforeIt()
    {
        var text = "Migration Response Situation Report\n\nBACKGROUND\nArrivals registered by the Ministry of Security of BiH\n"
            + "2018: 24,067\n2019: 29,124\n2020: 16,150\nSince the start of the crisis in 2018, the number of new arrivals has never been lower.\n";

        Assert.Equal(["BIH arrivals year 2018 24067", "BIH arrivals year 2019 29124", "BIH arrivals year 2020 16150"],
            Extract.Keys(Extract.Figures(text, "BIH", "2021-05-26")));
    }

    [Fact]
    public void Read_AYearListAfterALabelWithAYearInIt_IsNotReadAsAList()
    {
        var text = "Situation Report\n\nThe 2019 arrivals by month of the year\n2018: 24,067\n2019: 29,124\n";

        Assert.DoesNotContain("BIH arrivals year 2019 24067", Extract.Keys(Extract.Figures(text, "BIH", "2021-05-26")));
    }

    [Fact]
    public void Read_KeyFigureLinesThatEachOpenWithACount_KeepEachDateWithItsOwnLine()
    {
        var text = "Situation Report | 15 – 21 May 2021\n\nHIGHLIGHTS\n3,825 migrants assisted with accommodation in the TRCs (21 May)\n"
            + "3,220 migrants identified outside the TRCs (DTM, 30 April 2021)\n1,737 beds available across the TRCs\n";

        Assert.Equal(["BIH accommodated stock 2021-05-21 3825", "BIH outside_accommodation stock 2021-04-30 3220"],
            Extract.Keys(Extract.Figures(text, "BIH", "2021-05-26")));
    }

    [Fact]
    public void Read_ProseLinesThatHappenToOpenWithNumbers_StayOneSentence()
    {
        var text = "Weekly update\n\nOn 21 May the centres accommodated\n3,825 migrants and refugees, against\n4,081 a week earlier.\n";

        Assert.Contains("BIH accommodated stock 2021-05-21 3825", Extract.Keys(Extract.Figures(text, "BIH", "2021-05-26")));
    }

    [Theory]
    [InlineData("On 21 May IOM assisted with accommodation 3,825 migrants and refugees in the TRCs Borići, Blažuj, Lipa and Ušivak.")]
    [InlineData("On 21 May IOM assisted with accommodation 3,825 migrants and refugees in the TRCs Borići and Ušivak and in the Salakovac reception centre.")]
    public void Read_ACountInAListOfCentres_IsNoneOfTheCentres(string body)
    {
        Assert.DoesNotContain(Extract.TitledKeys(body, "Situation report", "BIH", "2021-05-26"), k => k.Contains("/Borići", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_ACountAtOneCentre_StaysTheCentres()
    {
        Assert.Equal(["BIH/Borići accommodated stock 2021-05-21 325"],
            Extract.TitledKeys("On 21 May IOM assisted with accommodation 325 migrants in the TRC Borići, most of them families.", "Situation report", "BIH", "2021-05-26"));
    }

    [Fact]
    public void Read_AKosovoHeadingWithItsDesignation_PlacesTheSectionAndGivesNoYearOf1999()
    {
        var text = "Mixed movements in 2018\n\nALBANIA\nAlbania registered 6,893 irregular migrants in 2018, more than in any year before.\n\n"
            + "KOSOVO (S/RES/1244 (1999))\nKosovo registered 590 irregular migrants in 2018, four times the number of 2017. In the last quarter, "
            + "October to December, 294 asylum-seekers were registered, more than in any quarter since the Asylum Centre in Magura opened.\n";

        var keys = Extract.Keys(Extract.Figures(text, null, "2019-02-20"));

        Assert.Contains("XKX arrivals year 2018 590", keys);
        Assert.Contains("XKX asylum_applications cumulative 2018-10/2018-12 294", keys);
        Assert.DoesNotContain(keys, k => k.Contains("1999", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Kosovo (UNSCR 1244/1999) registered 590 irregular migrants, the police said.")]
    [InlineData("Kosovo, under Security Council resolution 1244 (1999), registered 590 irregular migrants, the police said.")]
    public void Read_TheResolutionsYear_IsNoPeriod(string body)
    {
        Assert.DoesNotContain(Extract.TitledKeys(body, "Kosovo news", null, "2018-12-20"), k => k.Contains(" 1999 ", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_AValueWithItsYearInBrackets_KeepsTheYear()
    {
        Assert.Contains("SRB arrivals year 2018 12000",
            Extract.TitledKeys("Arrivals registered in Serbia: 12,000 (2018) and 8,000 (2019), the Commissariat said.", "Serbia", null, "2020-02-20"));
    }
}
