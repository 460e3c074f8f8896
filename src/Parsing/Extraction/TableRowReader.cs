using MigrationFeeds.Parsing.Documents;
using MigrationFeeds.Parsing.Numbers;

namespace MigrationFeeds.Parsing.Extraction;

/// <summary>A table row read by position: a text label cell and a count in the last cell.</summary>
internal sealed record TableRow
{
    public required int Page { get; init; }
    public required int Line { get; init; }
    public required string Label { get; init; }
    public required NumberMention Value { get; init; }
    public required string ValueText { get; init; }

    /// <summary>The text above the table (caption and header), which says what its numbers are.</summary>
    public required string Context { get; init; }
}

/// <summary>
/// Finds two-column tables (label, count) by word position: rows whose last cell, set apart by a
/// wide gap, is a single count and whose first cell is text. The lines above the first row up to a
/// caption ending with a colon are the table's context.
/// </summary>
internal static class TableRowReader
{
    private const double CellGap = 2.5;
    private const int MaxContextLines = 4;

    public static IReadOnlyList<TableRow> Read(TextPage page)
    {
        var body = KeyFigureBoxReader.BodyFontSize(page);
        var rows = new List<(int Line, string Label, NumberMention Value, string ValueText)>();
        foreach (var row in WordRows.Rows(page.Words.Where(w => body <= 0 || w.FontSize < body * KeyFigureBoxReader.DisplayRatio)))
        {
            var cells = WordRows.Runs(row, CellGap);
            if (cells.Count < 2)
            {
                continue;
            }

            var label = string.Join(' ', cells.Take(cells.Count - 1).Select(c => c.Text));
            var valueText = cells[^1].Text.Trim();
            if (!label.Any(char.IsLetter) || label.Any(char.IsDigit)
                || NumberReader.Read(valueText) is not [{ Value: not null } value] || value.Start != 0 || value.Length != valueText.Length)
            {
                continue;
            }

            rows.Add((cells[0].Line, label, value, valueText));
        }

        return rows
            .Select(r => new TableRow
            {
                Page = page.Number,
                Line = r.Line,
                Label = r.Label,
                Value = r.Value,
                ValueText = r.ValueText,
                Context = Context(page, rows.Where(o => o.Line <= r.Line).Select(o => o.Line).ToList()),
            })
            .ToList();
    }

    /// <summary>The lines just above the table's first row: its header and caption.</summary>
    private static string Context(TextPage page, IReadOnlyList<int> rowLinesAbove)
    {
        var rowLines = rowLinesAbove.ToHashSet();
        var first = rowLines.Count == 0 ? 0 : rowLines.Min();

        // Walk up over the rows of this table to the first line that is not one of them.
        var line = first - 1;
        var context = new List<string>();
        while (line >= 1 && context.Count < MaxContextLines)
        {
            var text = page.Lines[line - 1].Text;
            if (!rowLines.Contains(line) && !text.Any(char.IsDigit) || text.EndsWith(':'))
            {
                context.Insert(0, text);
                if (text.EndsWith(':'))
                {
                    break;
                }
            }

            line--;
        }

        return string.Join(' ', context);
    }
}
