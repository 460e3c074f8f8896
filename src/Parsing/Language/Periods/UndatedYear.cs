using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
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

        if (Against(language ?? LanguagePacks.English) is not { } against)
        {
            return report;
        }

        var texts = lines.Select(l => language is null ? l : FoldedText.Fold(l).Text).ToList();

        // A PDF's lines break sentences: "… the same period of" / "2021." is read across the break.
        var joined = texts.Select((t, i) => i + 1 < texts.Count ? t + " " + texts[i + 1] : t).ToList();
        if (joined.Select(t => Running(t, against)).Max() is not { } textYear || (report.LatestMonthNamed is { } named && named.Year > textYear))
        {
            return report;
        }

        var dated = report with { TextYear = textYear };
        var inYear = texts.SelectMany(t => PeriodReader.Read(t, dated, language))
            .Where(p => p.Kind == PeriodKind.Month)
            .Select(p => YearMonth.ParseOrNull(p.Period))
            .OfType<YearMonth>()
            .Where(m => m.Year == textYear)
            .ToList();
        return inYear.Count == 0 ? dated
            : dated with { LatestMonthNamed = report.LatestMonthNamed is { } earlier && earlier > inYear.Max() ? earlier : inYear.Max() };
    }

    private static readonly ConcurrentDictionary<string, Regex?> AgainstByPack = new(StringComparer.Ordinal);

    /// <summary>A pack's words for the same stretch of a year, then the year before by number or in words.</summary>
    private static Regex? Against(LanguagePack pack) => AgainstByPack.GetOrAdd(pack.Code, _ =>
        pack.Word("same-stretch") is { Length: > 0 } stretch && pack.Word("last-year") is { Length: > 0 } lastYear
            ? LanguagePack.Compile(@"\b(?:" + stretch + @")\s+(?:(?:\p{L}+\s+){0,2}?(?<year>(?:19|20)\d\d)\b|(?:" + lastYear + @")\b)")
            : null);

    /// <summary>
    /// A year set against the same stretch of the year before ("36 in 2021, against 78 in the same period of 2020",
    /// "od početka 2020. godine …, 45 % manje nego u istom razdoblju lani") is the one the text is written in, and still
    /// running, as is the year after the one a sentence that names no other sets its stretch against; a year named alone
    /// may be any year the text looks back on.
    /// </summary>
    private static int? Running(string text, Regex against)
    {
        int? running = null;
        for (var match = against.Match(text); match.Success; match = match.NextMatch())
        {
            var years = PeriodReader.YearNumber().Matches(text[..match.Index]).Select(y => int.Parse(y.Value, CultureInfo.InvariantCulture)).ToList();
            var before = years
                .Where(y => !match.Groups["year"].Success || y == int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture) + 1)
                .DefaultIfEmpty().Max();

            // "152% more than in the same period of 2021", in a sentence that names no year of its own: the stretch it
            // counts is the same one of the year after.
            if (before == 0 && years.Count == 0 && match.Groups["year"].Success)
            {
                before = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture) + 1;
            }

            if (before > 0 && (running is null || before > running))
            {
                running = before;
            }
        }

        return running;
    }
}
