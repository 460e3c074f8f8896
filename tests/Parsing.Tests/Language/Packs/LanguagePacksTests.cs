using MigrationFeeds.Parsing.Language.Packs;

namespace MigrationFeeds.Parsing.Tests.Language.Packs;

public sealed class LanguagePacksTests
{
    [Theory]
    [InlineData("U junu 2022. godine u prihvatne centre i centre za azil primljeno je 9.840 novopridošlih migranata, a zahtev za azil podnelo je 12 lica.", "sh")]
    [InlineData("Во октомври 2022 година се регистрирани 2.118 мигранти кои нерегуларно влегле во државата, а барање за азил поднеле 6 лица.", "mk")]
    [InlineData("Në nëntor 2022 u kapën 1.342 emigrantë të parregullt, kryesisht në kufirin jugor me Greqinë dhe janë në qendër.", "sq")]
    [InlineData("U Tutinu se trenutno nalaze 34 azilanta.", "sh")]
    public void Detect_LocalText_FindsItsPack(string text, string code)
    {
        Assert.Equal(code, LanguagePacks.Detect(text)?.Code);
    }

    [Fact]
    public void Detect_AShortEnglishTextWithALocalName_FindsNoPack()
    {
        Assert.Null(LanguagePacks.Detect("Sjenica and Tutin."));
    }

    [Fact]
    public void Detect_EnglishText_FindsNoPack()
    {
        Assert.Null(LanguagePacks.Detect("In October, 5,902 new arrivals to governmental centres were registered by the Commissariat, and 1,016 persons expressed the intention to seek asylum in the country."));
    }

    [Fact]
    public void Read_PackFile_ReadsMonthsNumbersWordsAndRules()
    {
        var pack = LanguagePackReader.Read("xx", """
            [markers]
            je su
            [months]
            10 oktobar oktobra oktobru
            [numbers]
            5 pet
            [words]
            approx = oko
            [concept detect]
            prijavljen\w*
            @0.6 evidentir\w*
            """);

        Assert.Equal(10, pack.Months["oktobru"]);
        Assert.Equal(("pet", 5), pack.NumberWords.Single());
        Assert.Equal("oko", pack.Word("approx"));
        Assert.Equal([("detect", 1.0), ("detect", 0.6)], pack.Concepts.Select(c => (c.Concept, c.Weight)));
        Assert.Matches(pack.Concepts[0].Pattern, "je prijavljeno 12");
        Assert.DoesNotMatch(pack.Concepts[0].Pattern, "neprijavljeno");
    }

    [Fact]
    public void Read_ConceptLineWithABadWeight_IsRefused()
    {
        Assert.Throws<FormatException>(() => LanguagePackReader.Read("xx", "[concept x]\n@heavy prijavljen"));
    }

    [Fact]
    public void Read_LineOutsideAnySection_IsRefused()
    {
        Assert.Throws<FormatException>(() => LanguagePackReader.Read("xx", "prijavljen"));
    }

    [Fact]
    public void All_EveryPack_HasEveryMonth()
    {
        Assert.All(LanguagePacks.All.Append(LanguagePacks.English), pack => Assert.Equal(Enumerable.Range(1, 12), pack.Months.Values.Distinct().Order()));
    }

    [Fact]
    public void All_EveryPack_NamesTheSevenWeekdaysOneAlternativeEach()
    {
        // The weekday a name stands for is its place in the list: a day written as two alternatives shifts the rest.
        Assert.All(LanguagePacks.All.Append(LanguagePacks.English), pack => Assert.Equal(7, pack.Word("weekdays").Split('|').Length));
    }
}
