using MigrationFeeds.Parsing.Readers;

namespace MigrationFeeds.Parsing.Tests.Readers;

public sealed class LineHyphenationTests
{
    private static readonly HashSet<string> NoCompounds = new(StringComparer.OrdinalIgnoreCase);

    [Fact]
    public void Join_HyphenBeforeLowerCaseContinuation_MovesTheRestOfTheWordUp()
    {
        var lines = LineHyphenation.Join(["were accom-", "modated at the end"], NoCompounds);

        Assert.Equal(["were accommodated", "at the end"], lines);
    }

    [Fact]
    public void Join_ContinuationWithPunctuation_CarriesThePunctuation()
    {
        var lines = LineHyphenation.Join(["in Sara-", "jevo. Next sentence"], NoCompounds);

        Assert.Equal(["in Sarajevo.", "Next sentence"], lines);
    }

    [Fact]
    public void Join_KnownCompound_KeepsTheHyphen()
    {
        var compounds = LineHyphenation.CollectCompounds(["all asylum-seekers here"]);

        var lines = LineHyphenation.Join(["migrants and asylum-", "seekers were"], compounds);

        Assert.Equal(["migrants and asylum-seekers", "were"], lines);
    }

    [Fact]
    public void Join_NextLineStartsUpperCase_LeavesTheLinesAlone()
    {
        var lines = LineHyphenation.Join(["Una-", "Sana Canton"], NoCompounds);

        Assert.Equal(["Una-", "Sana Canton"], lines);
    }

    [Fact]
    public void Join_DashOfARangeAtLineEnd_JoinsTheRange()
    {
        var lines = LineHyphenation.Join(["between 800-", "1,100 persons"], NoCompounds);

        Assert.Equal(["between 800-1,100", "persons"], lines);
    }
}
