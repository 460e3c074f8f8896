using MigrationFeeds.Parsing.Language.Numbers;
using MigrationFeeds.Parsing.Language.Packs;
using MigrationFeeds.Parsing.Language.Periods;
using MigrationFeeds.Parsing.Language.Text;
using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Parsing.Readers;

namespace MigrationFeeds.Parsing.Extraction;

/// <summary>
/// Tables of flows by country read as cells ("Country / territory | New arrivals | Intentions to seek asylum | Asylum
/// applications", then "Albania | 1,425 | – | 41"): a header row whose cells name flow indicators, then rows whose
/// first cell is one of the six. Each number is its row's country's figure for its column's indicator, over the
/// period the caption names (else the report month). A total row is the region's only when every row above it is one
/// of the six; a dash is no figure. Cells are found as <see cref="CentreTables"/> finds them.
/// </summary>
internal static class CountryTables
{
    private const int MinCountryRows = 2;

    public static IEnumerable<FigureCandidate> Read(TextPage page, ReportPeriod report) =>
        Tables(page).SelectMany(t => Figures(page, t.Rows, t.Columns, report));

    /// <summary>The lines a table of countries read from word positions covers, left out of the running text.</summary>
    public static IReadOnlySet<int> LinesOf(TextPage page)
    {
        var lines = Tables(page).Where(t => t.Rows[0].Line > 0).SelectMany(t => t.Rows.Select(r => r.Line)).ToHashSet();
        lines.Remove(0);
        return lines;
    }

    private static IEnumerable<(IReadOnlyList<CentreTables.Row> Rows, List<CentreTables.Column> Columns)> Tables(TextPage page)
    {
        var sources = page.Tables
            .Select(t => (IReadOnlyList<CentreTables.Row>)t.Rows.Select((cells, i) => new CentreTables.Row(-(t.Line + i), cells.Select((c, x) => new CentreTables.Cell(c, x, x, x)).ToList())).ToList())
            .ToList();
        if (page.Words.Count > 0)
        {
            sources.Add(WordRows.Rows(page.Words).Select(CentreTables.RowOf).ToList());
        }

        foreach (var rows in sources)
        {
            for (var h = 0; h < rows.Count; h++)
            {
                if (Columns(rows[h]) is not { } columns)
                {
                    continue;
                }

                var body = rows.Skip(h + 1).TakeWhile(r => r.Cells.Count >= 2 && (CountryOf(r) is not null || CentreTables.TotalRow.IsMatch(Folded(r)))).ToList();
                if (body.Count(r => CountryOf(r) is { } c && c != CountryMentions.Elsewhere) >= MinCountryRows)
                {
                    yield return ([rows[h], .. body], columns);
                    h += body.Count;
                }
            }
        }
    }

    /// <summary>A header: no digits, and cells after the first that name flow indicators.</summary>
    private static List<CentreTables.Column>? Columns(CentreTables.Row row)
    {
        if (row.Cells.Count < 2 || row.Cells.Any(c => c.Text.Any(char.IsDigit)))
        {
            return null;
        }

        var columns = row.Cells.Skip(1).Select(cell => new CentreTables.Column(Indicator(CentreTables.Concepts(cell.Text)), cell.Centre, cell.Left)).ToList();
        return columns.Any(c => c.Indicator is not null) ? columns : null;
    }

    private static string? Indicator(HashSet<string> concepts) =>
        concepts.Overlaps(NotAFlow) ? null
        : concepts.Contains("intention") ? Indicators.AsylumIntentions
        : concepts.Contains("apply") ? Indicators.AsylumApplications
        : concepts.Contains("uasc") ? Indicators.UascArrivals
        : concepts.Contains("arrive") || concepts.Contains("detect") ? Indicators.Arrivals
        : null;

    private static readonly HashSet<string> NotAFlow = new(
        ["accommodate", "stay", "in-centre", "present", "capacity", "outside", "removal", "transfer", "service", "status", "pending", "notcount", "subgroup", "week"],
        StringComparer.Ordinal);

    private static string Folded(CentreTables.Row row) => FoldedText.Fold(row.Cells[0].Text).Text;

    /// <summary>The one country a row's first cell names (<see cref="CountryMentions.Elsewhere"/> for one outside the six).</summary>
    private static string? CountryOf(CentreTables.Row row) =>
        CountryMentions.All(Folded(row)).Select(m => m.Country).Distinct().ToList() is [var only] ? only : null;

    private static IEnumerable<FigureCandidate> Figures(TextPage page, IReadOnlyList<CentreTables.Row> rows, List<CentreTables.Column> columns, ReportPeriod report)
    {
        var headerLine = Math.Abs(rows[0].Line);
        if (CentreTables.CaptionPeriod(CentreTables.Caption(page, headerLine), report, IndicatorKind.Flow) is not { } period)
        {
            yield break;
        }

        var onlySix = true;
        foreach (var row in rows.Skip(1))
        {
            var named = CountryOf(row);
            onlySix &= named != CountryMentions.Elsewhere;
            var country = named ?? (onlySix ? Countries.Region : null);
            if (country is null || country == CountryMentions.Elsewhere)
            {
                continue;
            }

            var text = string.Join(" | ", row.Cells.Select(c => c.Text));
            var offset = row.Cells[0].Text.Length + 3;
            foreach (var cell in row.Cells.Skip(1))
            {
                if (CentreTables.ColumnOf(rows[0], columns, cell) is { Indicator: { } indicator }
                    && NumberReader.Read(cell.Text) is [{ Value: { } value } number] && number.Length == cell.Text.Trim().Length)
                {
                    yield return new FigureCandidate
                    {
                        Indicator = indicator,
                        Measure = period.Measure,
                        Period = period.Period,
                        Value = value,
                        Country = country,
                        Sentence = new Sentence { Page = page.Number, Line = Math.Abs(row.Line), Text = text, FromLayout = true },
                        Start = offset,
                        Length = cell.Text.Length,
                        Rule = "country-table/" + indicator,
                    };
                }

                offset += cell.Text.Length + 3;
            }
        }
    }
}
