using MigrationFeeds.Parsing.Readers;
using MigrationFeeds.Parsing.Extraction;

namespace MigrationFeeds.Parsing.Tests.Extraction;

public sealed class TableRowReaderTests
{
    private static IEnumerable<PageWord> Words(string text, double left, double bottom, int line, double size = 8)
    {
        var x = left;
        foreach (var word in text.Split(' '))
        {
            var right = x + word.Length * size * 0.5;
            yield return new PageWord { Text = word, Left = x, Bottom = bottom, Right = right, Top = bottom + size * 0.7, FontSize = size, Line = line };
            x = right + size * 0.25;
        }
    }

    [Fact]
    public void Read_LabelAndCountColumns_GivesRowsWithTheCaptionAsContext()
    {
        var lines = new[]
        {
            "Persons accommodated at the end of October, by reception centre:", "Reception centre", "Persons accommodated",
            "TRC Lipa (Una-Sana Canton)", "1,204", "TRC Borići (Una-Sana Canton)", "493",
        };
        var words = Words(lines[0], 40, 700, 1, 9)
            .Concat(Words(lines[1], 40, 680, 2)).Concat(Words(lines[2], 300, 680, 3))
            .Concat(Words(lines[3], 40, 665, 4)).Concat(Words(lines[4], 340, 665, 5))
            .Concat(Words(lines[5], 40, 650, 6)).Concat(Words(lines[6], 345, 650, 7));
        var page = new TextPage
        {
            Number = 2,
            Lines = lines.Select((t, i) => new TextLine { Number = i + 1, Text = t, Block = i }).ToList(),
            Words = words.ToList(),
        };

        var rows = TableRowReader.Read(page);

        Assert.Equal([("TRC Lipa (Una-Sana Canton)", 1204L), ("TRC Borići (Una-Sana Canton)", 493L)], rows.Select(r => (r.Label, r.Value.Value!.Value)));
        Assert.All(rows, r => Assert.StartsWith("Persons accommodated at the end of October", r.Context, StringComparison.Ordinal));
        Assert.All(rows, r => Assert.Equal(2, r.Page));
    }

    [Fact]
    public void Read_RunningText_HasNoRows()
    {
        var page = new TextPage { Number = 1, Lines = [], Words = Words("In total 2,942 persons were accommodated", 40, 700, 1, 9).ToList() };

        Assert.Empty(TableRowReader.Read(page));
    }
}
