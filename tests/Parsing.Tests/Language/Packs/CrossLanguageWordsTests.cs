using MigrationFeeds.Parsing.Extraction.Labels;
using MigrationFeeds.Parsing.Language.Packs;
using MigrationFeeds.Parsing.Language.Text;

namespace MigrationFeeds.Parsing.Tests.Language.Packs;

/// <summary>
/// Every pack's concepts are read in every text, English first or the local language first: a word of one language
/// must not be taken for a concept of another's ("kap…", caught, in Albanian is not "kapacitet", capacity).
/// </summary>
public sealed class CrossLanguageWordsTests
{
    private static IReadOnlyList<string> ConceptsOf(string text, string word, LanguagePack? language)
    {
        var folded = FoldedText.Fold(text).Text;
        var at = folded.IndexOf(FoldedText.Fold(word).Text, StringComparison.OrdinalIgnoreCase);
        Assert.True(at >= 0);
        return [.. ConceptTagger.Tag(folded, LanguagePacks.ConceptPacks(language)).Where(t => t.Start <= at && t.End > at).Select(t => t.Concept)];
    }

    [Theory]
    [InlineData("Most came through central Europe in 2015.", "central")]
    [InlineData("Migranti idu ka Centralnoj Evropi.", "Centralnoj")]
    public void Tag_CentralIsNoCentre(string text, string word)
    {
        Assert.DoesNotContain("centre", ConceptsOf(text, word, LanguagePacks.Detect(text)));
    }

    [Fact]
    public void Tag_EnglishPersonalIsNoPersons()
    {
        Assert.DoesNotContain("persons", ConceptsOf("Many struggled to obtain personal documents.", "personal", null));
    }

    [Theory]
    [InlineData("Qendra ka një kapacitet prej 60 shtretërish.", "kapacitet")]
    [InlineData("Në pikën kufitare të Kapshticës u kapën 20 emigrantë.", "Kapshticës")]
    [InlineData("Odsjek u Spužu, kapaciteta 104 mjesta.", "kapaciteta")]
    public void Tag_CapacityAndKapshticaAreNotCaught(string text, string word)
    {
        Assert.DoesNotContain("detect", ConceptsOf(text, word, LanguagePacks.Detect(text)));
    }

    [Fact]
    public void Tag_AlbanianCaughtIsStillDetected()
    {
        const string Text = "Në pikën kufitare të Kapshticës u kapën 20 emigrantë.";
        Assert.Contains("detect", ConceptsOf(Text, "kapën", LanguagePacks.Detect(Text)));
    }

    [Fact]
    public void Tag_EnglishArrestedOfSmugglersIsNoRemoval()
    {
        Assert.DoesNotContain("removal", ConceptsOf("Police detained 567 migrants and arrested nine suspected smugglers.", "arrested", null));
    }
}
