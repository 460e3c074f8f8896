using MigrationFeeds.Parsing.Readers;
using MigrationFeeds.Parsing.Language.Numbers;

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
/// wide gap, is a single count and whose first cell is text. A row's context is the text above its
/// table, its header and its caption (up to a line ending with a colon), which says what the counts are.
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

        var rowLines = rows.Select(r => r.Line).ToHashSet();
        return rows
            .Select(r => new TableRow
            {
                Page = page.Number,
                Line = r.Line,
                Label = r.Label,
                Value = r.Value,
                ValueText = r.ValueText,
                Context = Context(page, r.Line, rowLines),
            })
            .ToList();
    }

    /// <summary>
    /// The caption and header above a row: walking up over the table's other rows and value cells,
    /// the text lines up to one ending with a colon.
    /// </summary>
    private static string Context(TextPage page, int rowLine, HashSet<int> rowLines)
    {
        var context = new List<string>();
        for (var line = Math.Min(rowLine - 1, page.Lines.Count); line >= 1 && context.Count < MaxContextLines; line--)
        {
            var text = page.Lines[line - 1].Text;
            var caption = text.EndsWith(':');
            if (rowLines.Contains(line) || text.Any(char.IsDigit) && !caption)
            {
                continue;
            }

            context.Insert(0, text);
            if (caption)
            {
                break;
            }
        }

        return string.Join(' ', context);
    }
}
