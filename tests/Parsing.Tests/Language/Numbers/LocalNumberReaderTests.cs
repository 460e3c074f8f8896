using MigrationFeeds.Parsing.Language.Packs;
using MigrationFeeds.Parsing.Language.Numbers;

namespace MigrationFeeds.Parsing.Tests.Language.Numbers;

/// <summary>Numbers in the region's languages, on folded text.</summary>
public sealed class LocalNumberReaderTests
{
    private static LanguagePack Pack(string code) => LanguagePacks.ByCode(code)!;

    [Theory]
    [InlineData("sh", "podnijelo je pet lica", 5)]
    [InlineData("sh", "nijedno maloljetno lice", 0)]
    [InlineData("mk", "nitu edno lice", 0)]
    [InlineData("sq", "dy persona", 2)]
    public void Read_SmallNumberInWords_IsACount(string code, string text, long value)
    {
        Assert.Equal(value, Assert.Single(NumberReader.Read(text, Pack(code))).Value);
    }

    [Theory]
    [InlineData("en", "the 5 or 7 thousand refugees")]
    [InlineData("en", "between 5 and 7 thousand refugees")]
    [InlineData("sh", "izmedju 5 i 7 hiljada migranata")]
    public void Read_RangeWhoseSecondNumberSaysThousands_GivesTheFirstItsThousands(string code, string text)
    {
        var mentions = NumberReader.Read(text, Pack(code));

        Assert.Equal(5000L, mentions.Min(n => n.Low ?? n.Value));
        Assert.Equal(7000L, mentions.Max(n => n.High ?? n.Value));
    }

    [Fact]
    public void Read_AlbanianThousands_AreOneNumber()
    {
        Assert.Equal(6120, Assert.Single(NumberReader.Read("gjithsej 6 mije e 120 emigrante", Pack("sq"))).Value);
    }

    [Fact]
    public void Read_DotThousands_AreThousands()
    {
        Assert.Equal(124127, Assert.Single(NumberReader.Read("evidentirano je 124.127 migranata", Pack("sh"))).Value);
    }

    [Theory]
    [InlineData("sh", "smanjenje od 12,17 odsto")]
    [InlineData("sh", "bilo je 16 dana")]
    [InlineData("mk", "pomal za 34 otsto")]
    [InlineData("sq", "me 40 per qind")]
    [InlineData("sh", "od 1. avgusta")]
    [InlineData("mk", "Telefon: 02 3117 222")]
    public void Read_PercentDurationDayOrPhone_IsNotACount(string code, string text)
    {
        Assert.Empty(NumberReader.Read(text, Pack(code)));
    }

    [Theory]
    [InlineData("izmedu 300 i 900 migranata")]
    [InlineData("od 300 do 900 migranata")]
    public void Read_LocalRange_IsARange(string text)
    {
        var range = Assert.Single(NumberReader.Read(text, Pack("sh")));

        Assert.Equal((300L, 900L, true), (range.Low!.Value, range.High!.Value, range.Approximate));
    }

    [Fact]
    public void Read_LocalApproximation_MarksTheNumber()
    {
        Assert.True(Assert.Single(NumberReader.Read("smjesteno je oko 2.400 migranata", Pack("sh"))).Approximate);
    }

    [Fact]
    public void Refused_Percentage_SaysWhyAndWhere()
    {
        var refused = Assert.Single(NumberReader.Refused("In October, 35% fewer arrived"));

        Assert.Equal((12, 2, "a percentage"), (refused.Start, refused.Length, refused.Reason));
    }
}
