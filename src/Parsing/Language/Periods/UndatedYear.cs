using System.Globalization;
using MigrationFeeds.Parsing.Language.Packs;
using MigrationFeeds.Parsing.Language.Text;

namespace MigrationFeeds.Parsing.Language.Periods;

/// <summary>
/// The year an undated text speaks in. "During March … 36 claims in 2021, against 78 in the same period of 2020": a
/// text with no date and no report month that names months without a year places them in the year it sets against
/// the same stretch of the year before, as a reader would.
/// </summary>
internal static class UndatedYear
{
    /// <summary>The report period with the text's year, and the latest month it names once its bare months have that year.</summary>
    public static ReportPeriod Apply(ReportPeriod report, IReadOnlyList<string> lines, LanguagePack? language)
    {
        if (report.ReportMonth is not null || report.Published is not null || report.Visit is not null)
        {
            return report;
        }

        var texts = lines.Select(l => language is null ? l : FoldedText.Fold(l).Text).ToList();
        var stretch = (language ?? LanguagePacks.English).WordRegex("same-stretch", @"\b(?:", @")\s+$");
        var year = stretch is null ? null : texts.Select(t => Running(t, PeriodReader.Read(t, report, language), stretch)).Max();
        if (year is not { } textYear || (report.LatestMonthNamed is { } named && named.Year > textYear))
        {
            return report;
        }

        var dated = report with { TextYear = textYear };
        var latest = texts.SelectMany(t => PeriodReader.Read(t, dated, language))
            .Where(p => p.Kind == PeriodKind.Month)
            .Select(p => YearMonth.ParseOrNull(p.Period))
            .OfType<YearMonth>()
            .Where(m => m.Year == textYear)
            .Append(report.LatestMonthNamed ?? default)
            .Max();
        return dated with { LatestMonthNamed = latest == default ? report.LatestMonthNamed : latest };
    }

    /// <summary>
    /// A year set against the same stretch of the year before ("36 in 2021, against 78 in the same period of 2020") is
    /// the one the text is written in, and still running; a year named alone may be any year the text looks back on.
    /// </summary>
    private static int? Running(string text, IReadOnlyList<PeriodMention> periods, System.Text.RegularExpressions.Regex stretch) =>
        periods.Where(p => p is { Kind: PeriodKind.Year, IsComparative: false, Year: not null }
                && periods.Any(q => q is { Kind: PeriodKind.Year } && q.Year == p.Year - 1 && q.Start > p.Start
                    && stretch.IsMatch(text.AsSpan(0, q.Start))))
            .Select(p => p.Year).Max();
}
