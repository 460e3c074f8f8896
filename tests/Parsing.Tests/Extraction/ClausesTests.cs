using MigrationFeeds.Parsing.Extraction;

namespace MigrationFeeds.Parsing.Tests.Extraction;

public sealed class ClausesTests
{
    [Theory]
    [InlineData(", while ")]
    [InlineData("; ")]
    [InlineData(", whereas ")]
    [InlineData(", but ")]
    public void Around_TwoStatementsInOneSentence_SeparatesThem(string joint)
    {
        var text = "2,942 were accommodated at the end of October" + joint + "300 were outside.";

        var (start, end) = Clauses.Around(text, text.IndexOf("300", StringComparison.Ordinal));

        Assert.Equal("300 were outside.", text[start..end].Trim());
    }

    [Fact]
    public void Around_OneStatement_IsTheWholeSentence()
    {
        const string text = "In February, 715 refugees arrived, a 39% increase compared to January.";

        Assert.Equal((0, text.Length), Clauses.Around(text, 13));
    }
}
