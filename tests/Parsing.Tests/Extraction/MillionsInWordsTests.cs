using MigrationFeeds.Parsing.Language.Numbers;
using MigrationFeeds.Parsing.Language.Packs;
using MigrationFeeds.Parsing.Tests.Support;

namespace MigrationFeeds.Parsing.Tests.Extraction;

/// <summary>A million said without a digit, over a span that opens on an event of the past.</summary>
public sealed class MillionsInWordsTests
{
    [Theory]
    [InlineData("en", "more than a million people")]
    [InlineData("en", "some one million people")]
    [InlineData("sh", "oko milion ljudi")]
    [InlineData("sq", "rreth nje milion njerez")]
    public void Read_AMillionInWords_IsOneMillion(string code, string text)
    {
        Assert.Equal(1_000_000, Assert.Single(NumberReader.Read(text, LanguagePacks.ByCode(code))).Value);
    }

    [Theory]
    [InlineData("en", "1.5 million people", 1_500_000)]
    [InlineData("sh", "2 miliona ljudi", 2_000_000)]
    public void Read_MillionsWithDigits_AreReadOnce(string code, string text, long value)
    {
        Assert.Equal(value, Assert.Single(NumberReader.Read(text, LanguagePacks.ByCode(code))).Value);
    }

    [Fact]
    public void Read_AMillionOfMoney_IsNoCount()
    {
        Assert.Empty(NumberReader.Read("a million euros were spent", LanguagePacks.English));
    }

    [Fact]
    public void Read_TransitCountryForAMillionSinceAnEvent_IsArrivalsSinceIt()
    {
        Assert.Equal(
            ["SRB arrivals cumulative 2015-06-01/2017-12-18 1000000"],
            Extract.TitledKeys("Since the migrant crisis broke out in June 2015, Serbia has been a transit country for more than a million people.", "World Migrants Day", null, "2017-12-18"));
    }

    [Theory]
    [InlineData("Kroz Srbiju je od 2015. godine prošlo oko milion ljudi.", "SRB arrivals cumulative 2015-01-01/2017-11-02 1000000")]
    [InlineData("U BiH su u martu 2017. ušla 2.000 migranata kroz Srbiju.", "BIH arrivals month 2017-03 2000")]
    public void Read_ACountryPassedThroughBeforeItsVerb_IsWherePeopleWere(string text, string key)
    {
        Assert.Equal([key], Extract.TitledKeys(text, "Vesti", null, "2017-11-02"));
    }

    [Fact]
    public void Read_RegionNamedInsideTheSpansWords_DoesNotScopeTheFigure()
    {
        Assert.Equal(
            ["SRB arrivals cumulative 2015-01-01/2017-11-02 1000000"],
            Extract.TitledKeys("Prema procenama Komesarijata, od izbijanja krize na Zapadnom Balkanu 2015. godine u Srbiju je ušlo oko milion ljudi.", "Vesti", null, "2017-11-02"));
    }
}
