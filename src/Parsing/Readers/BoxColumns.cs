using System.Text.RegularExpressions;

namespace MigrationFeeds.Parsing.Readers;

/// <summary>
/// A key-figure box as <c>pdftotext -layout</c> gives it: a row of two to five numbers set apart by wide gaps, then a
/// few rows of label pieces, each piece under its number ("94,842      3,043      85,064" over "refugees and migrants
/// unaccompanied or separated …" over "arrived 19 June – …"). Read line by line, every label runs into its neighbours'
/// and the numbers lose their words and dates. Each column is put together again, its number first and then its label's
/// pieces from top to bottom, as a block of its own: "94,842 refugees and migrants arrived 19 June – 24 September 2015".
/// The first row under the numbers has a piece for each of them, in their order; a later row with as many pieces is read
/// the same way, and one with fewer gives each piece to the column whose first piece is centred nearest it, since labels
/// are set under their numbers, left-aligned or centred. A table's rows (numbers after a label) never start such a box,
/// and rows of numbers under the first row end it.
/// </summary>
internal static partial class BoxColumns
{
    private const int MaxColumns = 5;
    private const int MaxLabelRows = 4;

    public static IReadOnlyList<string> Unfold(IReadOnlyList<string> lines)
    {
        var result = new List<string>(lines.Count);
        var i = 0;
        while (i < lines.Count)
        {
            if (Box(lines, i) is { } box)
            {
                result.Add(string.Empty);
                foreach (var column in box.Columns)
                {
                    result.Add(column);
                    result.Add(string.Empty);
                }

                i = box.End;
                continue;
            }

            result.Add(lines[i]);
            i++;
        }

        return result;
    }

    private static (List<string> Columns, int End)? Box(IReadOnlyList<string> lines, int start)
    {
        var numbers = Cells(lines[start]);
        if (numbers.Count is < 2 or > MaxColumns || !numbers.TrueForAll(c => NumberCell().IsMatch(c.Text)))
        {
            return null;
        }

        var rows = new List<List<Cell>>();
        var end = start + 1;
        while (end < lines.Count && rows.Count < MaxLabelRows)
        {
            var cells = Cells(lines[end]);
            if (cells.Count == 0 || cells.Count > numbers.Count || !cells.TrueForAll(c => IsLabel(c.Text)))
            {
                break;
            }

            rows.Add(cells);
            end++;
        }

        // Every number has a label piece of its own on the first row, or which piece is whose cannot be told.
        if (rows.Count == 0 || rows[0].Count != numbers.Count)
        {
            return null;
        }

        // The first row's pieces mark the columns: labels are wider than their numbers, and the pieces below line up with them.
        var anchors = rows[0];
        var columns = numbers.ConvertAll(n => new List<string> { n.Text });
        foreach (var row in rows)
        {
            for (var k = 0; k < row.Count; k++)
            {
                var cell = row[k];
                if (row.Count == numbers.Count)
                {
                    columns[k].Add(cell.Text);
                }
                else if (row.Count == 1 && Bracketed().IsMatch(cell.Text))
                {
                    // "(juli 2020.)" alone under the box says what all of it counts.
                    columns.ForEach(c => c.Add(cell.Text));
                }
                else
                {
                    var nearest = 0;
                    for (var c = 1; c < anchors.Count; c++)
                    {
                        if (Math.Abs(anchors[c].Centre - cell.Centre) < Math.Abs(anchors[nearest].Centre - cell.Centre))
                        {
                            nearest = c;
                        }
                    }

                    columns[nearest].Add(cell.Text);
                }
            }
        }

        return (columns.ConvertAll(Join), end);
    }

    /// <summary>A column's pieces as one line; a word broken at a hyphen ("asylum-" over "seekers") is whole again.</summary>
    private static string Join(List<string> pieces)
    {
        var text = pieces[0];
        foreach (var piece in pieces.Skip(1))
        {
            text += text.EndsWith('-') && char.IsLower(piece[0]) ? piece : " " + piece;
        }

        return text;
    }

    private static bool IsLabel(string text) => text.Any(char.IsLetter) || YearCell().IsMatch(text);

    /// <summary>A line's pieces set apart by three or more spaces, each with the column of its centre.</summary>
    private static List<Cell> Cells(string line)
    {
        var cells = new List<Cell>();
        foreach (Match m in Piece().Matches(line))
        {
            cells.Add(new Cell(m.Value, m.Index + (m.Length / 2.0)));
        }

        return cells;
    }

    private readonly record struct Cell(string Text, double Centre);

    [GeneratedRegex(@"\S+(?: {1,2}\S+)*")]
    private static partial Regex Piece();

    /// <summary>One number a box prints: "94,842", "~2,000", "&gt;5 409", "-49%", "1.698".</summary>
    [GeneratedRegex(@"^[~>≈<+−-]?\d{1,3}(?:[.,\u00A0\u202F ]\d{3})*(?:[.,]\d+)?\s?%?\+?$")]
    private static partial Regex NumberCell();

    [GeneratedRegex(@"^\(.*\)$")]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"^(?:19|20)\d\d$")]
    private static partial Regex YearCell();
}
