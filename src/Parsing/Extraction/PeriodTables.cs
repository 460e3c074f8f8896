using MigrationFeeds.Parsing.Extraction.Labels;
using MigrationFeeds.Parsing.Language.Numbers;
using MigrationFeeds.Parsing.Language.Packs;
using MigrationFeeds.Parsing.Language.Periods;
using MigrationFeeds.Parsing.Language.Text;
using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Parsing.Readers;

namespace MigrationFeeds.Parsing.Extraction;

/// <summary>
/// Tables whose columns are periods and whose rows are countries or centres, as text taken from a PDF or a page
/// lays them out ("Country | November 2018 | October 2018 | 1 Jan – 30 Nov 2018", then "Serbia 1,118 1,563 8,402"),
/// or as the cells of an HTML table. What the table counts is its caption's (the lines above it, read with the
/// lexicon); each cell is the figure of its row's place for its column's period. Rows of places outside the six,
/// and totals over several countries, give nothing. A table whose rows are what it counts ("2018 | 2019", then
/// "Registered arrivals 24,067 29,196") gives the document's country its row's figure for each column's period.
/// </summary>
internal static class PeriodTables
{
    private const int CaptionLines = 3;
    private const int MaxLabelWords = 8;

    private sealed record Table(int HeaderLine, IReadOnlyList<PeriodMention> Columns, IReadOnlyList<(int Line, string Label, IReadOnlyList<NumberMention> Values, string Text)> Rows);

    public static IEnumerable<FigureCandidate> Read(TextPage page, ReportPeriod report) =>
        Tables(page, report).SelectMany(t => Figures(page, t, report));

    /// <summary>The lines the tables of a page cover, left out of its running text.</summary>
    public static IReadOnlySet<int> LinesOf(TextPage page) =>
        Tables(page, new ReportPeriod()).SelectMany(t => t.Rows.Select(r => r.Line).Prepend(t.HeaderLine)).Where(l => l > 0).ToHashSet();

    private static IEnumerable<Table> Tables(TextPage page, ReportPeriod report)
    {
        foreach (var html in page.Tables)
        {
            if (html.Rows.Count >= 2 && Header(string.Join(" | ", html.Rows[0]), report) is { } columns && columns.Count == html.Rows[0].Count - 1)
            {
                var rows = new List<(int, string, IReadOnlyList<NumberMention>, string)>();
                foreach (var cells in html.Rows.Skip(1))
                {
                    var text = string.Join(" | ", cells);
                    if (Row(text, columns.Count) is { } row)
                    {
                        rows.Add((0, row.Label, row.Values, text));
                    }
                }

                if (rows.Count > 0)
                {
                    yield return new Table(-html.Line, columns, rows);
                }
            }
        }

        var lines = page.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            if (Header(lines[i].Text, report) is not { Count: >= 2 } columns)
            {
                continue;
            }

            var rows = new List<(int, string, IReadOnlyList<NumberMention>, string)>();
            for (var j = i + 1; j < lines.Count && Row(lines[j].Text, columns.Count) is { } row; j++)
            {
                rows.Add((lines[j].Number, row.Label, row.Values, lines[j].Text));
            }

            if (rows.Count > 0)
            {
                yield return new Table(lines[i].Number, columns, rows);
                i += rows.Count;
            }
        }
    }

    /// <summary>A header: two or more periods, and at most a word or two besides ("Country", "Zemlja").</summary>
    private static IReadOnlyList<PeriodMention>? Header(string text, ReportPeriod report)
    {
        var folded = FoldedText.Fold(text).Text;
        var periods = PeriodReader.Read(folded, report, LanguagePacks.Detect(text)).Where(p => p.Kind != PeriodKind.Unknown && !p.ClauseOnly).ToList();
        if (periods.Count < 2)
        {
            return null;
        }

        var rest = folded.ToCharArray();
        foreach (var p in periods)
        {
            Array.Fill(rest, ' ', p.Start, p.Length);
        }

        var words = new string(rest).Split([' ', '|', '\t', ','], StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetter));
        return words <= 2 && !NumberReader.Read(new string(rest)).Any() ? periods : null;
    }

    /// <summary>A row: a label of a few words, then exactly as many numbers as the header has periods.</summary>
    private static (string Label, IReadOnlyList<NumberMention> Values)? Row(string text, int count)
    {
        var numbers = NumberReader.Read(text);
        if (numbers.Count < count)
        {
            // "Romania 388 412 5,083": in a row of cells, a space between digits parts two cells, not thousands.
            numbers = Cells(text);
        }

        if (numbers.Count != count || numbers[0].Start == 0)
        {
            return null;
        }

        var label = text[..numbers[0].Start].Trim().TrimEnd('|', ':').Trim();
        var between = Enumerable.Range(1, numbers.Count - 1).Select(k => text[numbers[k - 1].End..numbers[k].Start]);
        if (label.Length == 0 || !label.Any(char.IsLetter) || label.Split(' ').Length > MaxLabelWords
            || between.Any(b => b.Any(char.IsLetter)) || text[numbers[^1].End..].Any(char.IsLetterOrDigit))
        {
            return null;
        }

        return (label, numbers);
    }

    private static IReadOnlyList<NumberMention> Cells(string text)
    {
        var cells = new List<NumberMention>();
        foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(text, @"(?<![\p{L}\d])\d{1,3}(?:[.,]\d{3})*(?![\p{L}\d])"))
        {
            var digits = new string(m.Value.Where(char.IsAsciiDigit).ToArray());
            cells.Add(new NumberMention { Start = m.Index, Length = m.Length, Value = long.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) });
        }

        return cells;
    }

    private static IEnumerable<FigureCandidate> Figures(TextPage page, Table table, ReportPeriod report)
    {
        var first = table.HeaderLine > 0 ? table.HeaderLine : -table.HeaderLine;
        var caption = string.Join(' ', page.Lines.Where(l => l.Number < first && l.Number >= first - CaptionLines).Select(l => l.Text));
        var captionReading = Reading(caption);
        foreach (var (line, label, values, text) in table.Rows)
        {
            var folded = FoldedText.Fold(label).Text;
            var sites = SiteGazetteer.Find(folded).Select(s => s.Name).Distinct().ToList();
            var countries = CountryMentions.All(folded).Select(m => m.Country).Distinct().ToList();
            var site = sites.Count == 1 ? sites[0] : null;
            var country = countries.Count == 1 && !countries.Contains(CountryMentions.Elsewhere) ? countries[0] : null;

            // A row that names no place ("Registered arrivals | 24,067 | 29,196") says itself what it counts, for the
            // document's country; a row of a place counts what the caption says.
            var reading = site is not null || country is not null ? captionReading
                : sites.Count == 0 && countries.Count == 0 ? Reading(label)
                : null;
            if (reading is null)
            {
                continue;
            }

            var sentence = new Sentence { Page = page.Number, Line = line > 0 ? line : first, Text = text, FromLayout = true };
            for (var c = 0; c < values.Count; c++)
            {
                if (PeriodChooser.Map(reading.Indicator.Kind, table.Columns[c], report) is not { } period || values[c].Value is not { } value)
                {
                    continue;
                }

                yield return new FigureCandidate
                {
                    Indicator = reading.Indicator.Code,
                    Measure = period.Measure,
                    Period = period.Period,
                    Value = value,
                    Site = site is not null && SiteAttribution.SiteIndicators.Contains(reading.Indicator.Code) ? site : null,
                    Country = country,
                    Sentence = sentence,
                    Start = values[c].Start,
                    Length = values[c].Length,
                    Rule = "period-table/" + reading.Indicator.Code,
                    Confidence = reading.Confidence * 0.9,
                    Explanation = "a table's cell: " + reading.Explanation,
                };
            }
        }
    }

    /// <summary>What a caption says the table counts, read as the words of a number standing at its end.</summary>
    /// <param name="caption">The caption.</param>
    /// <param name="perYear">
    /// Whether the values are each a year's (a list of "year: value"): the years are the time they count over, as a
    /// year in a sentence would be ("Number of asylum-seekers" is a count of claims made over each year).
    /// </param>
    /// <param name="language">The document's language, which a caption's few words may not tell.</param>
    internal static LabelReading? Reading(string caption, bool perYear = false, LanguagePack? language = null)
    {
        if (caption.Length == 0)
        {
            return null;
        }

        var folded = FoldedText.Fold(caption).Text;
        IReadOnlyList<ConceptTag> tags = ConceptTagger.Tag(folded, LanguagePacks.ConceptPacks(language ?? LanguagePacks.Detect(caption)));
        if (perYear)
        {
            tags = [.. tags, new ConceptTag("flow-time", folded.Length, folded.Length, 1)];
        }

        var place = new NumberPlace(folded.Length, folded.Length, 0, folded.Length, 0, folded.Length);
        return IndicatorClassifier.Classify(folded, tags, place, null, [], out _);
    }
}
