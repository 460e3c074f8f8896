using MigrationFeeds.Parsing.Extraction;
using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Parsing.Language.Text;

namespace MigrationFeeds.Parsing.Tests.Extraction;

public sealed class FigureDeduplicatorTests
{
    private static FigureCandidate Candidate(int page, bool fromLayout, string text, long value = 5010, string measure = Measures.Month, string period = "2022-10") => new()
    {
        Country = Countries.BosniaAndHerzegovina,
        Indicator = Indicators.Arrivals,
        Measure = measure,
        Period = period,
        Value = value,
        Sentence = new Sentence { Page = page, Line = fromLayout ? 10 : 20, Text = text, FromLayout = fromLayout },
        Start = 0,
        Length = 5,
        Rule = "test",
    };

    [Fact]
    public void Distinct_SameFigureInBoxAndTextOnOnePage_KeepsOneQuotingTheText()
    {
        var figures = FigureDeduplicator.Distinct([Candidate(1, true, "5,010 irregular arrivals"), Candidate(1, false, "5,010 persons arrived irregularly in October.")]);

        Assert.Equal("5,010 persons arrived irregularly in October.", Assert.Single(figures).Sentence.Text);
    }

    [Fact]
    public void Distinct_BoxNumberTheTextReadsOtherwise_KeepsOnlyTheText()
    {
        var box = Candidate(1, true, "7,520 asylum applications lodged since January 2020", 7520, Measures.Cumulative, "2020-01/2020-07") with
        {
            Indicator = Indicators.AsylumApplications,
        };
        var prose = Candidate(1, false, "The region saw 7,520 new arrivals in July.", 7520, Measures.Month, "2020-07");

        var figure = Assert.Single(FigureDeduplicator.Distinct([box, prose]));

        Assert.Equal(Indicators.Arrivals, figure.Indicator);
    }

    [Theory]
    [InlineData(true, 60)]
    [InlineData(false, 7520)]
    public void Distinct_BoxNumberAndTextThatCannotRefuteIt_KeepsBoth(bool boxFromLayout, long value)
    {
        // A small number may recur by chance; two sentences of running text do not refute each other.
        var box = Candidate(1, boxFromLayout, "box", value, Measures.Cumulative, "2020-01/2020-07") with { Indicator = Indicators.AsylumApplications };
        var prose = Candidate(1, false, "text", value, Measures.Month, "2020-07");

        Assert.Equal(2, FigureDeduplicator.Distinct([box, prose]).Count);
    }

    [Theory]
    [InlineData(6000, 1)]
    [InlineData(7000, 2)]
    public void Distinct_RoundWholeBesideAnExactPart_IsARestatementOnlyWhenSmaller(long whole, int kept)
    {
        var headline = Candidate(1, false, "U BiH se trenutno nalazi 6.000 migranata", whole, Measures.Stock, "2020-06-10") with { Indicator = Indicators.PresentTotal };
        var text = Candidate(1, false, "U privremenim prihvatnim centrima u BiH trenutno je 6.002 migranta.", 6002, Measures.Stock, "2020-06-10") with
        {
            Indicator = Indicators.Accommodated,
        };

        Assert.Equal(kept, FigureDeduplicator.Distinct([headline, text]).Count);
    }

    [Fact]
    public void Distinct_SameFigureOnTwoPages_KeepsItWhereItFirstAppears()
    {
        var figure = Assert.Single(FigureDeduplicator.Distinct([Candidate(2, false, "text on page two"), Candidate(1, true, "box on page one")]));

        Assert.Equal(1, figure.Sentence.Page);
    }

    [Fact]
    public void Distinct_DifferentValues_KeepsBoth()
    {
        Assert.Equal(2, FigureDeduplicator.Distinct([Candidate(1, false, "a", 5010), Candidate(1, false, "b", 5011)]).Count);
    }

    [Fact]
    public void Distinct_RoundFigureRestatingAnExactOneFromTheSameStart_KeepsTheExactOne()
    {
        var figures = FigureDeduplicator.Distinct([
            Candidate(1, false, "more than 22 thousand since January", 22000, Measures.Cumulative, "2018-01-01/2018-11-29"),
            Candidate(1, false, "22,111 by 19 November", 22111, Measures.Cumulative, "2018-01-01/2018-11-19"),
        ]);

        Assert.Equal(22111, Assert.Single(figures).Value);
    }

    [Theory]
    [InlineData(21000, 22111)]
    [InlineData(22110, 22111)]
    [InlineData(23000, 21900)]
    public void Distinct_FiguresThatDoNotRoundToEachOther_KeepsBoth(long round, long exact)
    {
        Assert.Equal(2, FigureDeduplicator.Distinct([Candidate(1, false, "a", round), Candidate(1, false, "b", exact)]).Count);
    }

    [Fact]
    public void Distinct_RoundFigureOfAnotherPeriod_KeepsBoth()
    {
        Assert.Equal(2, FigureDeduplicator.Distinct([Candidate(1, false, "a", 5000, period: "2022-09"), Candidate(1, false, "b", 5010)]).Count);
    }

    [Fact]
    public void ToFigure_Candidate_CarriesCountryPageAndQuote()
    {
        var figure = FigureDeduplicator.ToFigure(Candidate(3, false, "5,010 persons arrived."));

        Assert.Equal(("BIH", 3, "5,010 persons arrived."), (figure.Country, figure.Page, figure.Quote));
    }
}
