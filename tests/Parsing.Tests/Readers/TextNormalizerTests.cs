using MigrationFeeds.Parsing.Readers;

namespace MigrationFeeds.Parsing.Tests.Readers;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("4\u00A0215", "4 215")]
    [InlineData("4\u202F215", "4 215")]
    [InlineData("a  \t b", "a b")]
    [InlineData("  trimmed  ", "trimmed")]
    [InlineData("ac\u00ADcommodated", "accommodated")]
    [InlineData("\uFB01gure", "figure")]
    [InlineData("zero\u200Bwidth", "zerowidth")]
    public void Normalize_Text_GivesPlainSpacesAndNoInvisibleCharacters(string input, string expected)
    {
        Assert.Equal(expected, TextNormalizer.Normalize(input));
    }
}
