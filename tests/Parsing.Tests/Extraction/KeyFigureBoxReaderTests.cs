using MigrationFeeds.Parsing.Readers;
using MigrationFeeds.Parsing.Extraction;

namespace MigrationFeeds.Parsing.Tests.Extraction;

public sealed class KeyFigureBoxReaderTests
{
    private static PageWord Word(string text, double left, double bottom, double size)
    {
        var width = text.Length * size * 0.5;
        return new PageWord { Text = text, Left = left, Bottom = bottom, Right = left + width, Top = bottom + size * 0.7, FontSize = size, Line = 1 };
    }

    private static IEnumerable<PageWord> Words(string text, double left, double bottom, double size)
    {
        var x = left;
        foreach (var word in text.Split(' '))
        {
            var w = Word(word, x, bottom, size);
            yield return w;
            x = w.Right + size * 0.25;
        }
    }

    private static TextPage Page(IEnumerable<PageWord> words)
    {
        // Running text sets the body size the key figures stand out from.
        var body = Enumerable.Range(0, 30).SelectMany(i => Words("body text of the page here", 40, 300 - i * 12, 9));
        return new TextPage { Number = 1, Lines = [], Words = body.Concat(words).ToList() };
    }

    [Fact]
    public void Read_NumbersRowThenLabelsRow_PairsEachNumberWithTheLabelBelowIt()
    {
        var page = Page(
            Words("5,010", 40, 700, 15)
                .Concat(Words("4,854", 140, 700, 15))
                .Concat(Words("300 – 900", 240, 700, 15))
                .Concat(Words("irregular arrivals", 42, 680, 7.5))
                .Concat(Words("by the SFA", 42, 671, 7.5))
                .Concat(Words("AISA issued", 142, 680, 7.5))
                .Concat(Words("estimated rough sleepers", 242, 676, 7.5)));

        var sentences = KeyFigureBoxReader.Read(page);

        Assert.Equal(
            ["300 – 900 estimated rough sleepers", "4,854 AISA issued", "5,010 irregular arrivals by the SFA"],
            sentences.Select(s => s.Text).Order(StringComparer.Ordinal));
        Assert.All(sentences, s => Assert.True(s.FromLayout));
    }

    [Fact]
    public void Read_NumbersAtTheTextsSizeInColumnsOverLabels_PairsEachWithTheLabelBelowIt()
    {
        // A converter that drops a table's font sizes leaves the key figures at the size of the text.
        var page = Page(
            Words("2,237", 40, 700, 9)
                .Concat(Words("36%", 160, 700, 9))
                .Concat(Words("124", 280, 700, 9))
                .Concat(Words("Registered intentions to", 40, 688, 9))
                .Concat(Words("seek asylum in Serbia", 40, 677, 9))
                .Concat(Words("of registered refugees", 160, 688, 9))
                .Concat(Words("Applications for", 280, 688, 9))
                .Concat(Words("asylum", 280, 677, 9)));

        Assert.Equal(
            ["124 Applications for asylum", "2,237 Registered intentions to seek asylum in Serbia"],
            KeyFigureBoxReader.Read(page).Select(s => s.Text).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Read_NumbersOfASentenceAtTheTextsSize_AreNoBox()
    {
        var page = Page(Words("In July 2,237 persons and 124 others", 40, 700, 9).Concat(Words("registered intentions to seek asylum", 40, 688, 9)));

        Assert.Empty(KeyFigureBoxReader.Read(page));
    }

    [Fact]
    public void Read_LabelRightOfTheNumber_PairsThem()
    {
        var page = Page(Words("12", 40, 600, 12).Concat(Words("people awaiting registration", 80, 602, 8)));

        Assert.Equal("12 people awaiting registration", Assert.Single(KeyFigureBoxReader.Read(page)).Text);
    }

    [Fact]
    public void Read_NumberSplitIntoWords_IsReadAsOneNumber()
    {
        var page = Page(Words("2 034", 40, 700, 17).Concat(Words("persons in reception centres", 40, 684, 8)));

        Assert.Equal("2 034 persons in reception centres", Assert.Single(KeyFigureBoxReader.Read(page)).Text);
    }

    [Fact]
    public void Read_LargeTextThatIsNoNumber_IsNoKeyFigure()
    {
        var page = Page(Words("KEY FIGURES", 40, 720, 15).Concat(Words("irregular arrivals", 40, 700, 7.5)));

        Assert.Empty(KeyFigureBoxReader.Read(page));
    }

    [Fact]
    public void Read_PageWithoutWordPositions_GivesNothing()
    {
        Assert.Empty(KeyFigureBoxReader.Read(new TextPage { Number = 1, Lines = [] }));
    }
}
