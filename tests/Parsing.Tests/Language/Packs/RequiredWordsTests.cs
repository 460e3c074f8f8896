using System.Text.RegularExpressions;
using MigrationFeeds.Parsing.Language.Packs;
using MigrationFeeds.Parsing.Language.Text;

namespace MigrationFeeds.Parsing.Tests.Language.Packs;

public sealed class RequiredWordsTests
{
    [Theory]
    [InlineData(@"refugees?|migrants?|persons", "5,000 Migrants arrived", true)]
    [InlineData(@"refugees?|migrants?|persons", "5,000 people arrived", false)]
    [InlineData(@"(?<![\p{L}\p{N}])(?:asylum[- ]seekers?)(?![\p{L}\p{N}])", "asylum seekers", true)]
    [InlineData(@"(?:sought|requested)\s+(?:asylum|international\s+protection)", "they sought shelter", false)]
    [InlineData(@"(?:sought|requested)\s+(?:asylum|international\s+protection)", "they requested asylum", true)]
    [InlineData(@"(?-i:UASCs?)|unaccompanied", "uasc", true)]
    [InlineData(@"detect(?:ed|ions?)?\w*", "detections", true)]
    [InlineData(@"detect(?:ed|ions?)?\w*", "detained", false)]
    public void MayMatch_FindsTheWordsEveryMatchHolds(string pattern, string text, bool may)
    {
        Assert.True(RequiredWords.CanScreen(text));
        Assert.Equal(may, RequiredWords.Of(new Regex(pattern, RegexOptions.IgnoreCase)).MayMatch(text));
    }

    [Theory]
    [InlineData(@"(?x) a b c")]
    [InlineData(@"(a)\1")]
    [InlineData(@"(?(lead)and|or)")]
    [InlineData(@"a|\w+")]
    [InlineData(@"(?:abc)?")]
    [InlineData(@"(?=abc)\w+")]
    [InlineData(@"[]a]bc")]
    public void MayMatch_PatternNotRead_NeverScreensATextOut(string pattern)
    {
        Assert.True(RequiredWords.Of(pattern).MayMatch("nothing here"));
    }

    [Fact]
    public void CanScreen_LetterOutsideAscii_IsNotScreened()
    {
        // The Kelvin sign is a k to a pattern that ignores case.
        Assert.Matches(new Regex("kilometres", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), "\u212Ailometres");
        Assert.False(RequiredWords.CanScreen("\u212Ailometres"));
        Assert.True(RequiredWords.CanScreen("refugees’ centres – 5 000"));
    }

    [Theory]
    [InlineData("In November, 3 412 refugees and migrants arrived irregularly in BiH, a 32% decrease compared to October (5 010), of whom 84 were unaccompanied and separated children (UASC).")]
    [InlineData("As of 30 November, 6,734 refugees, asylum-seekers and migrants were accommodated in the four temporary reception centres, and 1,016 persons expressed the intention to seek asylum.")]
    [InlineData("U junu 2022. godine u prihvatne centre i centre za azil primljeno je 9.840 novopridošlih migranata, a zahtev za azil podnelo je 12 lica.")]
    [InlineData("Во октомври 2022 година се регистрирани 2.118 мигранти кои нерегуларно влегле во државата, а барање за азил поднеле 6 лица.")]
    [InlineData("Në nëntor 2022 u kapën 1.342 emigrantë të parregullt, kryesisht në kufirin jugor me Greqinë dhe janë në qendër.")]
    public void MayMatch_EveryPatternOfThePacks_LetsEveryMatchThrough(string sentence)
    {
        var text = FoldedText.Fold(sentence).Text;
        Assert.True(RequiredWords.CanScreen(text));
        foreach (var concept in LanguagePacks.ConceptPacks(null).SelectMany(p => p.Concepts))
        {
            if (concept.Pattern.IsMatch(text))
            {
                Assert.True(concept.MayMatch(text), concept.Pattern.ToString());
            }
        }
    }
}
