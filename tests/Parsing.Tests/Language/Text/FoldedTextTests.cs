using MigrationFeeds.Parsing.Language.Text;

namespace MigrationFeeds.Parsing.Tests.Language.Text;

public sealed class FoldedTextTests
{
    [Fact]
    public void Fold_Cyrillic_WritesLatinLetters()
    {
        Assert.Equal("Krajem novembra u centrima je boravilo 4.102 migranta", FoldedText.Fold("Крајем новембра у центрима је боравило 4.102 мигранта").Text);
    }

    [Fact]
    public void Fold_MacedonianLetters_UseDigraphs()
    {
        Assert.Equal("megju koi", FoldedText.Fold("меѓу кои").Text);
    }

    [Fact]
    public void Fold_Diacritics_AreDropped()
    {
        Assert.Equal("Usivak Borici smjesteno emigrante", FoldedText.Fold("Ušivak Borići smješteno emigrantë").Text);
    }

    [Fact]
    public void ToOriginal_AfterADigraph_PointsAtTheWrittenLetter()
    {
        var folded = FoldedText.Fold("љубав 12");

        Assert.Equal("12", folded.OriginalOf(folded.Text.IndexOf("12", StringComparison.Ordinal), 2));
    }

    [Fact]
    public void Fold_PlainAscii_IsTheSameText()
    {
        Assert.True(FoldedText.Fold("4,215 persons arrived").IsIdentity);
    }
}
