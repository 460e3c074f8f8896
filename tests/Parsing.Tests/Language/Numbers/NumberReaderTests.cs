using MigrationFeeds.Parsing.Language.Numbers;

namespace MigrationFeeds.Parsing.Tests.Language.Numbers;

public sealed class NumberReaderTests
{
    private static NumberMention Single(string text) => Assert.Single(NumberReader.Read(text));

    [Theory]
    [InlineData("4,215 persons", 4215)]
    [InlineData("4.215 persons", 4215)]
    [InlineData("4 215 persons", 4215)]
    [InlineData("4215 persons", 4215)]
    [InlineData("107,470 refugees", 107470)]
    [InlineData("1,234,567 arrivals", 1234567)]
    public void Read_ThousandsSeparators_ReadsThousands(string text, long expected)
    {
        Assert.Equal(expected, Single(text).Value);
    }

    [Fact]
    public void Read_NumberWithNoBreakSpace_ReadsThousands()
    {
        Assert.Equal(4215, Single("4\u00A0215 persons").Value);
    }

    [Fact]
    public void Read_NumberWithNarrowNoBreakSpace_ReadsThousands()
    {
        Assert.Equal(4215, Single("4\u202F215 persons").Value);
    }

    [Fact]
    public void Read_NumberGluedToTheNextWord_ReadsTheNumber()
    {
        var mention = Single("a total of 4,310in the centres");

        Assert.Equal(4310, mention.Value);
        Assert.Equal("4,310", "a total of 4,310in the centres".Substring(mention.Start, mention.Length));
    }

    [Theory]
    [InlineData("between 300 and 500 persons", 300, 500)]
    [InlineData("between 300-900 persons", 300, 900)]
    [InlineData("300-500 persons", 300, 500)]
    [InlineData("800–1,100 persons", 800, 1100)]
    [InlineData("300 – 900 persons", 300, 900)]
    [InlineData("300 to 500 persons", 300, 500)]
    public void Read_Range_ReadsLowAndHigh(string text, long low, long high)
    {
        var mention = Single(text);

        Assert.Null(mention.Value);
        Assert.Equal(low, mention.Low);
        Assert.Equal(high, mention.High);
        Assert.True(mention.Approximate);
    }

    [Fact]
    public void Read_FromOneNumberToAnother_IsAChangeNotARange()
    {
        var mentions = NumberReader.Read("arrivals rose from 300 to 500");

        Assert.Equal([300L, 500L], mentions.Select(m => m.Value!.Value));
    }

    [Fact]
    public void Read_AndWithoutBetween_IsTwoNumbers()
    {
        Assert.Equal(2, NumberReader.Read("1,124 in TRC Lipa and 389 in TRC Borići").Count);
    }

    [Theory]
    [InlineData("about 300 persons")]
    [InlineData("some 400 persons")]
    [InlineData("approximately 300 persons")]
    [InlineData("around 350 persons")]
    [InlineData("an estimated 450 persons")]
    [InlineData("almost 3,000 persons")]
    [InlineData("over 4,000 check-ups")]
    [InlineData("more than 300 persons")]
    [InlineData("up to 500 persons")]
    public void Read_ApproximationWord_MarksApproximate(string text)
    {
        Assert.True(Single(text).Approximate);
    }

    [Fact]
    public void Read_PlainNumber_IsNotApproximate()
    {
        Assert.False(Single("5,010 persons arrived").Approximate);
    }

    [Theory]
    [InlineData("Two hundred and twelve intentions were registered", 212)]
    [InlineData("eleven were unaccompanied", 11)]
    [InlineData("twenty-three persons", 23)]
    [InlineData("three thousand four hundred and five persons", 3405)]
    [InlineData("including one unaccompanied child", 1)]
    public void Read_NumberInWords_ReadsTheValue(string text, long expected)
    {
        Assert.Equal(expected, Single(text).Value);
    }

    [Theory]
    [InlineData("one of them was registered")]
    [InlineData("no one was registered")]
    public void Read_OneAsPronoun_IsNotACount(string text)
    {
        Assert.Empty(NumberReader.Read(text));
    }

    [Theory]
    [InlineData("a 27% increase")]
    [InlineData("a 27 % increase")]
    [InlineData("27 per cent more")]
    [InlineData("27 percent more")]
    [InlineData("31,5 odsto")]
    public void Read_Percentage_IsRefused(string text)
    {
        Assert.Empty(NumberReader.Read(text));
    }

    [Theory]
    [InlineData("in 2022")]
    [InlineData("since January 2018")]
    [InlineData("in the 2021-2025 strategy")]
    public void Read_Year_IsRefused(string text)
    {
        Assert.Empty(NumberReader.Read(text));
    }

    [Fact]
    public void Read_YearLikeNumberFollowedByPersons_IsACount()
    {
        Assert.Equal(2018, Single("2018 persons arrived").Value);
    }

    [Theory]
    [InlineData("on 31 October")]
    [InlineData("on 1st November")]
    [InlineData("October 31")]
    [InlineData("in the 1-27 August period")]
    [InlineData("on 31.10.2022")]
    [InlineData("on 31/10/2022")]
    [InlineData("on 2022-10-31")]
    [InlineData("at 14:30")]
    public void Read_Date_IsRefused(string text)
    {
        Assert.Empty(NumberReader.Read(text));
    }

    [Theory]
    [InlineData("433 days – the length of the procedure")]
    [InlineData("the previous three months")]
    [InlineData("within 2 weeks")]
    public void Read_Duration_IsRefused(string text)
    {
        Assert.Empty(NumberReader.Read(text));
    }

    [Theory]
    [InlineData("Tel: +387 33 290 300")]
    [InlineData("call +387 61 123 456 for help")]
    [InlineData("phone 033 290 300")]
    public void Read_PhoneNumber_IsRefused(string text)
    {
        Assert.Empty(NumberReader.Read(text));
    }

    [Theory]
    [InlineData("see page 3")]
    [InlineData("Page 3 of 12")]
    [InlineData("p. 4")]
    public void Read_PageNumber_IsRefused(string text)
    {
        Assert.Empty(NumberReader.Read(text));
    }

    [Theory]
    [InlineData("USD 12,480,000")]
    [InlineData("EUR 1.5 million")]
    [InlineData("$500")]
    [InlineData("€ 50")]
    [InlineData("500 EUR")]
    [InlineData("10 BAM")]
    [InlineData("2 million euros")]
    public void Read_Money_IsRefused(string text)
    {
        Assert.Empty(NumberReader.Read(text));
    }

    [Theory]
    [InlineData("asylum claims1 were registered")]
    [InlineData("were registered.2 The")]
    [InlineData("see note [3] below")]
    [InlineData("the 2nd time")]
    [InlineData("COVID-19 measures")]
    [InlineData("S/RES/1244 (1999)")]
    public void Read_FootnoteMarksOrdinalsAndCodes_AreRefused(string text)
    {
        Assert.Empty(NumberReader.Read(text));
    }

    [Fact]
    public void Read_Sentence_ReturnsCountsInOrderWithPositions()
    {
        const string text = "Out of 4 scheduled, 3 asylum applications were lodged (involving 2 Afghan nationals).";

        var mentions = NumberReader.Read(text);

        Assert.Equal([4L, 3L, 2L], mentions.Select(m => m.Value!.Value));
        Assert.Equal("3", text.Substring(mentions[1].Start, mentions[1].Length));
    }

    [Fact]
    public void Read_NumberWithALeadingZero_IsAReferenceNotACount()
    {
        Assert.DoesNotContain(NumberReader.Read("odlukom 05 broj 02-3732/2011"), n => n.Value == 5);
    }
}
