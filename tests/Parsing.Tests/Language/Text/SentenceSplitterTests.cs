using MigrationFeeds.Parsing.Readers;
using MigrationFeeds.Parsing.Language.Text;

namespace MigrationFeeds.Parsing.Tests.Language.Text;

public sealed class SentenceSplitterTests
{
    private static TextPage Page(params (string Text, int Block)[] lines) => new()
    {
        Number = 2,
        Lines = lines.Select((l, i) => new TextLine { Number = i + 1, Text = l.Text, Block = l.Block }).ToList(),
    };

    [Fact]
    public void Split_SentencesRunningOverLines_JoinsLinesAndSplitsAtFullStops()
    {
        var page = Page(
            ("4,120 persons arrived irregularly in October, a 23% increase compared to", 0),
            ("the previous month (3,470). 2,615 asylum-seekers were accommodated.", 0));

        var sentences = SentenceSplitter.Split(page);

        Assert.Equal(
            ["4,120 persons arrived irregularly in October, a 23% increase compared to the previous month (3,470).", "2,615 asylum-seekers were accommodated."],
            sentences.Select(s => s.Text));
        Assert.Equal([1, 2], sentences.Select(s => s.Line));
        Assert.All(sentences, s => Assert.Equal(2, s.Page));
    }

    [Fact]
    public void Split_NewBlock_StartsANewSentence()
    {
        var sentences = SentenceSplitter.Split(Page(("KEY FIGURES", 0), ("4,120 irregular arrivals", 1)));

        Assert.Equal(["KEY FIGURES", "4,120 irregular arrivals"], sentences.Select(s => s.Text));
    }

    [Fact]
    public void Split_BlockContinuingInLowerCase_ContinuesTheSentence()
    {
        var sentences = SentenceSplitter.Split(Page(("2,615 asylum-seekers and migrants were", 0), ("accommodated at the end of October.", 1)));

        Assert.Equal("2,615 asylum-seekers and migrants were accommodated at the end of October.", Assert.Single(sentences).Text);
    }

    [Theory]
    [InlineData("Approx. 300 persons stayed outside, e.g. in squats.")]
    [InlineData("Mr. Smith met 12 persons.")]
    [InlineData("A decrease of 2.5 points was seen.")]
    public void Split_AbbreviationsAndDecimals_DoNotEndTheSentence(string text)
    {
        Assert.Equal(text, Assert.Single(SentenceSplitter.Split(text)).Text);
    }

    [Fact]
    public void Split_FootnoteMarkAfterFullStop_StaysWithItsSentence()
    {
        var sentences = SentenceSplitter.Split("34 asylum claims were registered.2 The Centre was open.");

        Assert.Equal(["34 asylum claims were registered.2", "The Centre was open."], sentences.Select(s => s.Text));
    }

    [Fact]
    public void Split_Bullets_AreSeparateSentencesWithoutTheBullet()
    {
        var sentences = SentenceSplitter.Split(Page(("• 4,120 irregular arrivals", 0), ("• 34 asylum claims registered", 0)));

        Assert.Equal(["4,120 irregular arrivals", "34 asylum claims registered"], sentences.Select(s => s.Text));
    }

    [Fact]
    public void Split_SecondSentenceOfAParagraph_KnowsThePreviousOne()
    {
        var sentences = SentenceSplitter.Split("894 new arrivals were registered. Of these, 6 were UASC.");

        Assert.Null(sentences[0].Previous);
        Assert.Equal("894 new arrivals were registered.", sentences[1].Previous);
    }

    [Fact]
    public void Split_ExcludedLines_AreLeftOut()
    {
        var page = Page(("4,120", 0), ("irregular arrivals", 1));

        var sentences = SentenceSplitter.Split(page, line => line.Text != "4,120");

        Assert.Equal(["irregular arrivals"], sentences.Select(s => s.Text));
    }
}
