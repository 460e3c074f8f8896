using MigrationFeeds.Parsing.Tests.Support;

namespace MigrationFeeds.Parsing.Tests.Extraction;

/// <summary>Counts that are an entity's, a month's so far, no one's, or a range that opens on a round thousand.</summary>
public sealed class ScopeAndZerosTests
{
    [Fact]
    public void Read_CountInOneEntityOfBosnia_IsNotTheCountrys()
    {
        Assert.Empty(Extract.Figures("According to reports, 6770 asylum seekers and migrants were accommodated in reception facilities in the Federation of Bosnia and Herzegovina in October 2020.", null, "2020-12-07", "Letter"));
    }

    [Fact]
    public void Read_TheCountryAfterOneTheyTravelOnTo_IsTheTextsCountry()
    {
        Assert.Equal(
            ["MKD arrivals cumulative 2015-06-01/2015-11-03 200000"],
            Extract.TitledKeys("Yesterday 3700 refugees entered Macedonia. They may stay in the country, but they travel on to Serbia. Since June, around 200 thousand refugees have entered the country.", "News", null, "2015-11-03"));
    }

    [Theory]
    [InlineData("Sinoć je na graničnom prelazu Zvornik pronađeno sedam osoba bez dokumenata, a od januara je u BiH otkriveno 749 migranata.", "Vijesti")]
    [InlineData("Last night seven people without papers were found at the Zvornik crossing, and since January 749 migrants have been detected in BiH.", "News")]
    public void Read_ACountOfLastNight_IsNoMonthsCount(string text, string title)
    {
        Assert.Equal(["BIH arrivals cumulative 2018-01-01/2018-03-26 749"], Extract.TitledKeys(text, title, null, "2018-03-26"));
    }

    [Fact]
    public void Read_RangeOpeningOnARoundThousand_IsNoYear()
    {
        Assert.Equal(
            ["BIH outside_accommodation stock 2020-10 2000-3500"],
            Extract.Keys(Extract.Figures("In October 2020, those sleeping rough in Bosnia and Herzegovina were estimated at between 2000 and 3500.", null, "2020-12-07", "Letter")));
    }

    [Fact]
    public void Read_NoneBeforeAThingNotCounted_IsNoZeroCount()
    {
        Assert.Empty(Extract.Figures("Za sada, kaže, u Kosovu u 2019. godini nije prijavljen nijedan incident u kome su učestvovali migranti.", null, "2020-03-04", "Vesti"));
    }

    [Fact]
    public void Read_DayThatBoundsTheMonthTheSentenceNames_CountsFromThatMonthsStart()
    {
        Assert.Equal(
            ["SRB asylum_intentions cumulative 2017-02-01/2017-02-25 1184"],
            Extract.Keys(Extract.Figures("In February 2017, 1,184 intentions to seek asylum in Serbia had been registered by 25 February.", null, "2017-03-01", "News")));

        // Twelve days of a month are too few to write down.
        Assert.Empty(Extract.Figures("In February 2017, 184 intentions to seek asylum in Serbia had been registered by 12 February.", null, "2017-03-01", "News"));
    }

    [Fact]
    public void Read_TwoCentresTogether_AreASumOfCentresNotAnotherCountry()
    {
        var keys = Extract.Keys(Extract.Figures(
            "At the end of November 2018, 4,117 of them were accommodated in temporary reception centres: Bira 1,720, Miral 680, and 370 in the Salakovac reception centre and the Delijaš asylum centre together.",
            "BIH", "2018-12-10", "Update"));

        Assert.Equal(["BIH accommodated stock 2018-11 4117", "BIH/Bira accommodated stock 2018-11 1720", "BIH/Miral accommodated stock 2018-11 680"], keys);
        Assert.Empty(Extract.Figures("In 2018, Serbia and Montenegro together registered 12,000 arrivals.", null, "2019-02-01", "News"));
    }
}
