using MigrationFeeds.Parsing.Tests.Support;

namespace MigrationFeeds.Parsing.Tests.Extraction;

/// <summary>Spans that end in the middle of a month or start on a day ("between June and mid-October", "od 19 јуни").</summary>
public sealed class MidMonthAndSinceDayTests
{
    private static IReadOnlyList<string> Read(string body, string title, string? published) =>
        Extract.Keys(Extract.Figures(title + "\n\n" + body, null, published));

    [Theory]
    [InlineData("Between January and mid-October 2015, 223,000 migrants were registered in Serbia.", "SRB arrivals cumulative 2015-01-01/2015-10-15 223000")]
    [InlineData("From 1 January to mid-October 2015, 223,000 migrants were registered in Serbia.", "SRB arrivals cumulative 2015-01-01/2015-10-15 223000")]
    [InlineData("Between June and the middle of October 2015, more than 223,000 migrants were registered in Serbia.", "SRB arrivals cumulative 2015-06-01/2015-10-15 223000")]
    public void Read_ASpanToTheMiddleOfAMonth_EndsOnItsFifteenth(string body, string expected)
    {
        Assert.Equal([expected], Read(body, "IFRC: Serbia", "2016-03-01"));
    }

    [Theory]
    [InlineData("Од 19 јуни издадени се 12.175 потврди за изразена намера за барање азил во Македонија.", "MKD asylum_intentions cumulative 2015-06-19/2015-07-13 12175")]
    [InlineData("Since 19 June, 12,175 intentions to seek asylum were registered in Serbia.", "SRB asylum_intentions cumulative 2015-06-19/2015-07-13 12175")]
    public void Read_SinceADay_StartsOnThatDay(string body, string expected)
    {
        Assert.Equal([expected], Read(body, "Asylum", "2015-07-13"));
    }

    [Fact]
    public void Read_YesterdayInAlbanian_IsADaysFlow()
    {
        Assert.Empty(Read("Gjatë ditës së djeshme në Sektorin për azil në Maqedoni janë dorëzuar tre kërkesa për azil.", "Azili", "2016-01-06"));
    }

    [Theory]
    [InlineData("2,707 migrants had entered BiH since the beginning of the year, as registered until 15 March.")]
    [InlineData("2,707 migrants had entered BiH since the beginning of the year, as registered until March 15th, more than a year before.")]
    [InlineData("2,707 migrants had entered BiH as registered until March 15.")]
    public void Read_ASinceSpanWithTheDayItIsCountedUpTo_EndsThatDay(string body)
    {
        Assert.Equal(["BIH arrivals cumulative 2019-01-01/2019-03-15 2707"], Read(body, "Migrants in BiH", "2019-03-20"));
    }

    [Fact]
    public void Read_AMonthFollowedByACountOfPeople_IsNotAMonthDay()
    {
        Assert.DoesNotContain(
            Read("By the end of March 15 people had applied for asylum in Montenegro, and in April 40 more did.", "Asylum in Montenegro", "2019-05-20"),
            k => k.Contains("-03-15", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("During January and February 2020, more than 1,800 new people came into Bosnia and Herzegovina.")]
    [InlineData("In January and February 2020, more than 1,800 new people came into Bosnia and Herzegovina.")]
    public void Read_TwoMonthsOpenedByDuringOrIn_AreOneSpan(string body)
    {
        Assert.Equal(["BIH arrivals cumulative 2020-01/2020-02 1800"], Read(body, "Migrants", "2020-03-20"));
    }
}
