using MigrationFeeds.Parsing.Extraction;

namespace MigrationFeeds.Parsing.Tests.Extraction;

public sealed class QuoteTests
{
    [Fact]
    public void Around_ShortSentence_IsTheWholeSentence()
    {
        Assert.Equal("5,010 persons arrived.", Quote.Around("5,010 persons arrived.", 0, 5));
    }

    [Fact]
    public void Around_LongSentence_IsAtMost200CharactersAndKeepsTheNumber()
    {
        var sentence = string.Join(' ', Enumerable.Repeat("word", 60)) + " 5,010 persons arrived " + string.Join(' ', Enumerable.Repeat("tail", 60));
        var start = sentence.IndexOf("5,010", StringComparison.Ordinal);

        var quote = Quote.Around(sentence, start, 5);

        Assert.InRange(quote.Length, 150, Quote.MaxLength);
        Assert.Contains("5,010 persons arrived", quote, StringComparison.Ordinal);
        Assert.StartsWith("…", quote, StringComparison.Ordinal);
        Assert.EndsWith("…", quote, StringComparison.Ordinal);
    }

    [Fact]
    public void Around_NumberAtTheStartOfALongSentence_CutsOnlyTheEnd()
    {
        var sentence = "5,010 persons arrived " + string.Join(' ', Enumerable.Repeat("tail", 80));

        var quote = Quote.Around(sentence, 0, 5);

        Assert.StartsWith("5,010 persons arrived", quote, StringComparison.Ordinal);
        Assert.True(quote.Length <= Quote.MaxLength);
    }
}
