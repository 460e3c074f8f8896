using MigrationFeeds.Parsing.Language.Numbers;

namespace MigrationFeeds.Parsing.Tests.Language.Numbers;

public sealed class EnglishNumberWordsTests
{
    [Theory]
    [InlineData("zero", 0L)]
    [InlineData("eleven", 11L)]
    [InlineData("Forty-two", 42L)]
    [InlineData("two hundred and twelve", 212L)]
    [InlineData("a", null)]
    [InlineData("hundred", null)]
    [InlineData("five twenty", null)]
    [InlineData("twenty thirty", null)]
    [InlineData("one thousand", 1000L)]
    [InlineData("twelve thousand three hundred", 12300L)]
    [InlineData("nine hundred ninety-nine thousand nine hundred and ninety-nine", 999999L)]
    public void Parse_Words_GivesTheNumberOrNull(string words, long? expected)
    {
        Assert.Equal(expected, EnglishNumberWords.Parse(words));
    }
}
