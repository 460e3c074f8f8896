using MigrationFeeds.Parsing.Extraction.Labels;
using System.Text.RegularExpressions;
using MigrationFeeds.Parsing.Readers;
using MigrationFeeds.Parsing.Language.Packs;
using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Parsing.Language.Numbers;
using MigrationFeeds.Parsing.Language.Periods;
using MigrationFeeds.Parsing.Language.Text;

namespace MigrationFeeds.Parsing.Extraction;

/// <summary>
/// Tables of reception centres read as cells ("Centre | Capacity | Accommodated | Free beds"): a header row
/// whose cells name indicators, then rows whose first cell is a known centre (a site figure per column) or a
/// total (a country figure). Columns of free beds and anything else are left alone. A PDF's cells are found by
/// word position, each number going to the header cell above it; an HTML page's come from its markup. The date
/// is the caption's ("on 31 October 2022", "end of May 2023"), else the report month's end.
/// </summary>
internal static partial class CentreTables
{
    // Table cells may stand closer than half a character apart (LibreOffice sizes columns to their text),
    // words of one cell a space apart, about a third of a character.
    internal const double CellGap = 0.45;
    private const int CaptionLines = 3;

    internal sealed record Cell(string Text, double Centre, double Left, double Right);

    internal sealed record Row(int Line, IReadOnlyList<Cell> Cells);

    public static IEnumerable<FigureCandidate> Read(TextPage page, ReportPeriod report)
    {
        foreach (var table in page.Tables)
        {
            var rows = table.Rows.Select((cells, i) => new Row(table.Line + i, cells.Select((c, x) => new Cell(c, x, x, x)).ToList())).ToList();
            foreach (var figure in ReadRows(page, rows, report, Caption(page, table.Line)))
            {
                yield return figure;
            }
        }

        if (page.Words.Count == 0)
        {
            foreach (var (header, rows) in TextTables(page))
            {
                foreach (var figure in ReadRows(page, rows, report, Caption(page, header)))
                {
                    yield return figure;
                }
            }
        }
        else
        {
            var rows = WordRows.Rows(page.Words).Select(RowOf).ToList();
            var header = rows.FindIndex(r => Columns(r) is { Count: > 0 });
            if (header >= 0)
            {
                foreach (var figure in ReadRows(page, rows.Skip(header).ToList(), report, Caption(page, rows[header].Line)))
                {
                    yield return figure;
                }
            }
        }
    }

    /// <summary>
    /// The page lines a table of centres read from word positions covers (its header and the rows below it shaped
    /// as a label and numbers): they are read as cells, and as running text would run a row's numbers together
    /// ("549 850") and lend them the header's words.
    /// </summary>
    public static IReadOnlySet<int> LinesOf(TextPage page)
    {
        var lines = new HashSet<int>();
        if (page.Words.Count == 0)
        {
            lines.UnionWith(TextTables(page).SelectMany(t => t.Rows.Select(r => r.Line)));
            return lines;
        }

        var rows = WordRows.Rows(page.Words).ToList();
        var header = rows.FindIndex(words => Columns(RowOf(words)) is { Count: > 0 });
        if (header < 0)
        {
            return lines;
        }

        lines.UnionWith(rows[header].Select(w => w.Line));
        foreach (var words in rows.Skip(header + 1))
        {
            var cells = RowOf(words).Cells;
            if (cells.Count < 2 || !cells.Skip(1).All(c => NumberReader.Read(c.Text) is [{ Value: not null } n] && n.Length == c.Text.Trim().Length))
            {
                break;
            }

            lines.UnionWith(words.Select(w => w.Line));
        }

        lines.Remove(0);
        return lines;
    }

    /// <summary>
    /// Tables of centres in text that has no word positions ("Centre Canton Capacity Present Free beds", then
    /// "TRC Borići USC 500 372 128"): the header's column words, in order, stand for its columns, and the numbers
    /// that end a row fill them from the right. A row with another count of numbers ends the table, so a column
    /// the lexicon does not know (men, women, children) leaves the table unread rather than shifted.
    /// </summary>
    private static IEnumerable<(int Header, List<Row> Rows)> TextTables(TextPage page)
    {
        var lines = page.Lines;
        for (var i = 0; i < lines.Count - 1; i++)
        {
            if (TextHeader(lines[i]) is not { } header)
            {
                continue;
            }

            var width = header.Cells.Count - 1;
            var rows = new List<Row> { header };
            for (var j = i + 1; j < lines.Count && TextRow(lines[j], width) is { } row; j++)
            {
                rows.Add(row);
            }

            if (rows.Count > 1)
            {
                yield return (lines[i].Number, rows);
                i += rows.Count - 1;
            }
        }
    }

    /// <summary>A header line cut into its first cell and one cell per column word ("Free beds" is one).</summary>
    private static Row? TextHeader(TextLine line)
    {
        if (line.Text.Any(char.IsDigit) || line.Text.Length > 160)
        {
            return null;
        }

        var folded = FoldedText.Fold(line.Text).Text;
        var tags = ConceptTagger.Tag(folded, LanguagePacks.ConceptPacks(null))
            .Where(t => ColumnConcepts.Contains(t.Concept))
            .OrderBy(t => t.Start)
            .ToList();
        var starts = new List<int>();
        for (var k = 0; k < tags.Count; k++)
        {
            // A modifier joins the word after it: "free beds", "available places".
            var joined = k > 0 && tags[k - 1].Concept == "free" && folded[tags[k - 1].End..tags[k].Start].Trim().Length == 0;
            if (tags[k].Start > 0 && !joined && (starts.Count == 0 || tags[k].Start >= starts[^1]) && !starts.Contains(tags[k].Start))
            {
                starts.Add(tags[k].Start);
            }
        }

        if (starts.Count < 2 || folded.Length != line.Text.Length)
        {
            return null;
        }

        var cells = new List<Cell> { new(line.Text[..starts[0]].Trim(), 0, 0, 0) };
        for (var k = 0; k < starts.Count; k++)
        {
            var end = k + 1 < starts.Count ? starts[k + 1] : line.Text.Length;
            cells.Add(new Cell(line.Text[starts[k]..end].Trim(), k + 1, k + 1, k + 1));
        }

        var row = new Row(line.Number, cells);
        return Columns(row) is { Count: > 0 } ? row : null;
    }

    /// <summary>A row: a label, then exactly as many numbers as the header has columns, and nothing after them.</summary>
    private static Row? TextRow(TextLine line, int width)
    {
        var numbers = CellNumbers().Matches(line.Text).ToList();
        if (numbers.Count < width)
        {
            return null;
        }

        var last = numbers.Skip(numbers.Count - width).ToList();
        var between = Enumerable.Range(1, width - 1).Select(k => line.Text[(last[k - 1].Index + last[k - 1].Length)..last[k].Index]);
        var label = line.Text[..last[0].Index].Trim();
        if (label.Length == 0 || !label.Any(char.IsLetter) || label.Any(char.IsDigit) || between.Any(b => b.Trim().Length > 0)
            || line.Text[(last[^1].Index + last[^1].Length)..].Trim().Length > 0)
        {
            return null;
        }

        return new Row(line.Number, last.Select((m, k) => new Cell(m.Value, k + 1, k + 1, k + 1)).Prepend(new Cell(label, 0, 0, 0)).ToList());
    }

    // In a row of cells, a space parts two cells, never thousands.
    [GeneratedRegex(@"(?<![\p{L}\d.,])\d{1,3}(?:[.,]\d{3})*(?![\p{L}\d]|[.,]\d)")]
    private static partial Regex CellNumbers();

    internal static Row RowOf(IReadOnlyList<PageWord> words)
    {
        var runs = WordRows.Runs(words, CellGap).OrderBy(r => r.Left).ToList();
        return new Row(runs.Min(r => r.Line), runs.Select(r => new Cell(r.Text, (r.Left + r.Right) / 2, r.Left, r.Right)).ToList());
    }

    private static IEnumerable<FigureCandidate> ReadRows(TextPage page, IReadOnlyList<Row> rows, ReportPeriod report, string caption)
    {
        if (rows.Count < 2 || Columns(rows[0]) is not { Count: > 0 } columns)
        {
            yield break;
        }

        var period = CaptionPeriod(caption, report, IndicatorKind.Stock);
        if (period is null)
        {
            yield break;
        }

        foreach (var row in rows.Skip(1))
        {
            if (row.Cells.Count < 2)
            {
                break;
            }

            var label = row.Cells[0].Text;
            var folded = FoldedText.Fold(label).Text;
            var sites = SiteGazetteer.Find(folded);
            string? site;
            if (sites.Select(s => s.Name).Distinct().Count() == 1)
            {
                site = sites[0].Name;
            }
            else if (TotalRow.IsMatch(folded))
            {
                site = null;
            }
            else
            {
                continue;
            }

            var text = string.Join(" | ", row.Cells.Select(c => c.Text));
            var offset = label.Length + 3;
            foreach (var cell in row.Cells.Skip(1))
            {
                var column = ColumnOf(rows[0], columns, cell);
                if (column is { Indicator: not null }
                    && NumberReader.Read(cell.Text) is [{ Value: not null } value] && value.Length == cell.Text.Trim().Length)
                {
                    yield return new FigureCandidate
                    {
                        Indicator = column.Indicator!,
                        Measure = period.Value.Measure,
                        Period = period.Value.Period,
                        Value = value.Value,
                        Site = site,
                        Sentence = new Sentence { Page = page.Number, Line = row.Line, Text = text, FromLayout = true },
                        Start = offset,
                        Length = cell.Text.Length,
                        Rule = "centre-table/" + column.Indicator!,
                    };
                }

                offset += cell.Text.Length + 3;
            }
        }
    }

    /// <summary>A header cell: the indicator of its column, or null for a column to leave alone (free beds).</summary>
    internal sealed record Column(string? Indicator, double Centre, double Left);

    /// <summary>The header cells that name an indicator, where they stand; null when the row is not a header.</summary>
    private static List<Column>? Columns(Row row)
    {
        if (row.Cells.Count < 2 || row.Cells.Any(c => c.Text.Any(char.IsDigit)))
        {
            return null;
        }

        var columns = new List<Column>();
        foreach (var cell in row.Cells.Skip(1))
        {
            var concepts = Concepts(cell.Text);
            if (concepts.Contains("free"))
            {
                columns.Add(new Column(null, cell.Centre, cell.Left));
                continue;
            }

            var indicator = concepts.Contains("capacity") ? Indicators.Capacity
                : concepts.Contains("uasc") ? Indicators.UascPresent
                : concepts.Overlaps(AccommodatedConcepts) ? Indicators.Accommodated
                : null;
            if (indicator is not null)
            {
                columns.Add(new Column(indicator, cell.Centre, cell.Left));
            }
        }

        return columns.Any(c => c.Indicator is not null) && Concepts(row.Cells[0].Text).Overlaps(SiteConcepts) ? columns : null;
    }

    /// <summary>
    /// The column of a cell. An HTML cell is in the column of its header cell. In a PDF, a number belongs to the
    /// header cell whose span (from its left edge to the next header cell's) holds the number's right edge, so that
    /// right-aligned numbers under left-aligned headers stay in their column, though they stand nearer the
    /// next header's centre; else to the header cell whose centre is nearest, a few words away at most.
    /// </summary>
    internal static Column? ColumnOf(Row header, List<Column> columns, Cell cell)
    {
        var tolerance = Tolerance(header);
        var nearest = columns.MinBy(c => Math.Abs(c.Centre - cell.Centre));
        var byCentre = nearest is not null && Math.Abs(nearest.Centre - cell.Centre) <= tolerance ? nearest : null;
        if (tolerance < 1)
        {
            return byCentre;
        }

        var owner = header.Cells.Skip(1).Where(h => h.Left < cell.Right).MaxBy(h => h.Left);
        if (owner is null || cell.Left < owner.Left - tolerance || owner == header.Cells[^1] && cell.Left > owner.Right + tolerance)
        {
            return byCentre;
        }

        // A header cell that names no indicator and no free beds is a column to leave alone too.
        return columns.FirstOrDefault(c => c.Left == owner.Left) ?? new Column(null, owner.Centre, owner.Left);
    }

    /// <summary>How far a cell may stand from its header cell: half a column of HTML, a few words of PDF.</summary>
    private static double Tolerance(Row header) => header.Cells.Count > 1 && header.Cells[1].Centre - header.Cells[0].Centre == 1 ? 0.5 : 60;

    internal static string Caption(TextPage page, int headerLine) =>
        string.Join(' ', page.Lines.Where(l => l.Number < headerLine && l.Number >= headerLine - CaptionLines).Select(l => l.Text));

    /// <summary>
    /// The period a table's caption names ("… by country – July 2020", "as of 31 May"), as a count of the kind its
    /// cells are, else the report month.
    /// </summary>
    internal static (string Measure, string Period)? CaptionPeriod(string caption, ReportPeriod report, IndicatorKind kind)
    {
        var folded = FoldedText.Fold(caption).Text;
        return PeriodReader.Read(folded, report, LanguagePacks.Detect(caption))
            .Where(p => !p.IsComparative && !p.ClauseOnly)
            .Select(p => PeriodChooser.Map(kind, p, report) ?? YearEnd(kind, p, report))
            .LastOrDefault(p => p is not null)
            ?? (report.ReportMonth is { } month ? (kind == IndicatorKind.Flow ? Measures.Month : Measures.Stock, month.ToString()) : null);
    }

    /// <summary>
    /// "There were 6 asylum centres in 2022:": a table of places or residents captioned with a year that is over states
    /// them as they stood at its end.
    /// </summary>
    private static (string Measure, string Period)? YearEnd(IndicatorKind kind, PeriodMention period, ReportPeriod report) =>
        kind == IndicatorKind.Stock && period is { Kind: PeriodKind.Year, Year: { } year }
            && (report.Reference is not { } reference || reference >= new YearMonth(year, 12))
            ? (Measures.Stock, new YearMonth(year, 12).ToString())
            : null;

    /// <summary>A header cell's words, read with the lexicon of every pack: "Capacity", "Kapacitet", "Slobodna mjesta".</summary>
    internal static HashSet<string> Concepts(string cell) =>
        ConceptTagger.Tag(FoldedText.Fold(cell).Text, LanguagePacks.ConceptPacks(null)).Select(t => t.Concept).ToHashSet(StringComparer.Ordinal);

    private static readonly HashSet<string> AccommodatedConcepts = new(["accommodate", "stay", "in-centre", "present", "persons"], StringComparer.Ordinal);

    private static readonly HashSet<string> ColumnConcepts = new(["capacity", "uasc", "free", .. AccommodatedConcepts], StringComparer.Ordinal);

    private static readonly HashSet<string> SiteConcepts = new(["centre", "in-centre", "location"], StringComparer.Ordinal);

    internal static Regex TotalRow => LanguagePacks.AnyWord("total-row", @"^\s*(?:", @")(?![\p{L}])")!;
}
