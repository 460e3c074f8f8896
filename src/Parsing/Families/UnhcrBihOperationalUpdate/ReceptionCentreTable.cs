using System.Text.RegularExpressions;
using MigrationFeeds.Parsing.Readers;
using MigrationFeeds.Parsing.Extraction;
using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Parsing.Language.Periods;
using MigrationFeeds.Parsing.Language.Text;

namespace MigrationFeeds.Parsing.Families.UnhcrBihOperationalUpdate;

/// <summary>
/// The table of persons accommodated by reception centre ("TRC Lipa (Una-Sana Canton) | 1,204").
/// Its rows are site figures, never country totals; their date comes from the caption.
/// </summary>
internal static partial class ReceptionCentreTable
{
    public static IEnumerable<FigureCandidate> Read(TextPage page, ReportPeriod report)
    {
        foreach (var row in TableRowReader.Read(page))
        {
            if (!OccupancyCaption().IsMatch(row.Context) || SiteName(row.Label) is not { } site)
            {
                continue;
            }

            var period = PeriodReader.Read(row.Context, report)
                .Where(p => !p.IsComparative && !p.ClauseOnly)
                .Select(p => PeriodChooser.Map(IndicatorKind.Stock, p, report))
                .FirstOrDefault(p => p is not null)
                ?? (report.ReportMonth is { } month ? (Measures.Stock, month.ToString()) : null);
            if (period is not { } chosen)
            {
                continue;
            }

            var text = $"{row.Label}: {row.ValueText}";
            yield return new FigureCandidate
            {
                Indicator = Indicators.Accommodated,
                Measure = chosen.Measure,
                Period = chosen.Period,
                Value = row.Value.Value,
                Site = site,
                Sentence = new Sentence { Page = row.Page, Line = row.Line, Text = text, FromLayout = true },
                Start = row.Label.Length + 2,
                Length = row.ValueText.Length,
                Rule = "reception-centre-table",
            };
        }
    }

    /// <summary>"TRC Lipa (Una-Sana Canton)" → "Lipa": the name as written, without the kind of centre or the canton.</summary>
    internal static string? SiteName(string label)
    {
        var match = FacilityLabel().Match(label.Trim());
        return match.Success ? match.Groups["site"].Value : null;
    }

    [GeneratedRegex(@"\b(?:accommodat\w*|occupancy|by\s+(?:reception\s+)?centre)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OccupancyCaption();

    [GeneratedRegex(@"^(?:TRC|AC|RC|Temporary\s+Reception\s+Centre|Reception\s+Centre|Asylum\s+Centre|Transit\s+Centre)\s+(?<site>\p{Lu}[\p{L}\p{M}]+(?:[\s-]\p{Lu}[\p{L}\p{M}]+)?)\s*(?:\([^()]*\))?$")]
    private static partial Regex FacilityLabel();
}
