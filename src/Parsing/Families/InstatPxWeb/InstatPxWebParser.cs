using System.Globalization;
using System.Text.Json;
using MigrationFeeds.Parsing.Families.EurostatAsylum;
using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Parsing.Readers.Structured;

namespace MigrationFeeds.Parsing.Families.InstatPxWeb;

/// <summary>
/// Asylum seekers in Albania from INSTAT's statistical database (PxWeb API v1, <c>json-stat2</c> answer). The
/// table has a year (time) variable, optionally a month variable whose total category is the year's figure,
/// and a contents variable; only the asylum seekers content is read, and only the total of any other
/// breakdown. Every figure is Albania's.
/// </summary>
public sealed class InstatPxWebParser : IReportParser
{
    public const string FamilyId = "instat-pxweb";

    /// <summary>What INSTAT calls the time variable when a table carries no time role.</summary>
    private static readonly string[] TimeIds = ["Viti", "Periudha", "Year", "Period", "Tid"];

    private static readonly string[] MonthIds = ["Muaji", "Muaj", "Month"];

    private static readonly string[] ContentIds = ["ContentsCode", "Treguesi", "Indicator"];

    /// <summary>Label prefixes of the asylum seekers content ("Azilkërkues", "Azilkërkues (persona)", "Asylum seekers").</summary>
    private static readonly string[] AsylumSeekers = ["azilkërkues", "azilkerkues", "asylum seeker"];

    public string Family => FamilyId;

    public string Version => "1";

    public ParseResult Parse(ReadOnlyMemory<byte> content, DocumentContext context) =>
        StructuredParse.Json(content, context, root => Read(JsonStatDataset.Read(root)));

    private static ParseResult Read(JsonStatDataset dataset)
    {
        var time = Find(dataset, dataset.TimeRoles, TimeIds);
        if (time is null)
        {
            return Layout("The table has no time variable.");
        }

        var month = Find(dataset, [], MonthIds);
        var contents = Find(dataset, dataset.MetricRoles, ContentIds);
        string? asylumSeekers = null;
        if (contents is not null)
        {
            asylumSeekers = contents.Codes.FirstOrDefault(c => IsAsylumSeekers(contents.LabelOf(c)) || IsAsylumSeekers(c));
            if (asylumSeekers is null)
            {
                return Layout($"No category of {contents.Id} counts asylum seekers: {string.Join(", ", contents.Codes.Select(contents.LabelOf))}.");
            }
        }
        else if (!IsAsylumSeekers(dataset.Label ?? string.Empty))
        {
            return Layout($"The table '{dataset.Label}' has no contents variable and is not titled as asylum seekers.");
        }

        var totals = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var d in dataset.Dimensions.Where(d => d != time && d != month && d != contents))
        {
            var total = d.Codes.Count == 1 ? d.Codes[0] : d.Codes.FirstOrDefault(c => PxCategories.IsTotal(c, d.LabelOf(c)));
            if (total is null)
            {
                return Layout($"Variable {d.Id} has {d.Codes.Count} categories and none is a total.");
            }

            totals[d.Id] = total;
        }

        var table = dataset.ExtensionId ?? "INSTAT";
        var issues = new List<ParseIssue>();
        var figures = new List<Figure>();
        var left = 0;
        foreach (var cell in dataset.Cells())
        {
            if ((contents is not null && cell.Codes[contents.Id] != asylumSeekers) || totals.Any(t => cell.Codes[t.Key] != t.Value))
            {
                left++;
                continue;
            }

            var year = cell.Codes[time.Id];
            var monthCode = month is null ? null : cell.Codes[month.Id];
            var where = month is null ? time.LabelOf(year) : $"{time.LabelOf(year)}, {month.LabelOf(monthCode!)}";
            var what = contents is null ? dataset.Label : contents.LabelOf(asylumSeekers!);
            var quote = $"INSTAT {table}, {what}, {where}";
            if (PeriodOf(year, month, monthCode) is not { } period)
            {
                issues.Add(new ParseIssue { Code = ParseIssueCodes.PeriodUnknown, Message = $"Cell {cell.Index} is for neither a year nor a month.", Quote = Short(quote) });
                continue;
            }

            // A PX nil is a reported zero; every other symbol without a value means there is no figure.
            var value = cell.Value ?? (cell.Status == PxCategories.Nil ? 0 : null);
            if (value is not { } v)
            {
                if (cell.Status is { } status)
                {
                    issues.Add(new ParseIssue
                    {
                        Code = StructuredIssueCodes.Skipped, Message = $"Cell {cell.Index} has a symbol but no value.", Quote = Short($"{quote}: {PxCategories.Symbol(status)}"),
                    });
                }

                continue;
            }

            if (v < 0 || v != Math.Floor(v) || v > long.MaxValue / 2)
            {
                issues.Add(new ParseIssue { Code = StructuredIssueCodes.NotACount, Message = $"Cell {cell.Index} is not a count.", Quote = Short($"{quote}: {v.ToString(CultureInfo.InvariantCulture)}") });
                continue;
            }

            var symbol = cell.Status is { } s ? $" ({PxCategories.Symbol(s)})" : string.Empty;
            figures.Add(new Figure
            {
                Country = Countries.Albania,
                Indicator = Indicators.AsylumApplications,
                Measure = period.Measure,
                Period = period.Period,
                Value = (long)v,
                Page = 1,
                Quote = Short(string.Create(CultureInfo.InvariantCulture, $"{quote}: {(long)v:N0}{symbol}")),
            });
        }

        if (left > 0)
        {
            issues.Add(new ParseIssue { Code = StructuredIssueCodes.Skipped, Message = $"{left} cells of other contents or of a breakdown (not the total) are left out." });
        }

        if (figures.Count == 0)
        {
            issues.Add(new ParseIssue { Code = ParseIssueCodes.NoFigures, Message = "The table holds no value for asylum seekers." });
        }

        return new ParseResult { Figures = figures, Issues = issues };
    }

    /// <summary>The year alone, the month total (the year), or one month of it; or a time code that is itself a month ("2024M01").</summary>
    private static (string Measure, string Period)? PeriodOf(string year, JsonStatDimension? month, string? monthCode)
    {
        var own = EurostatAsylumParser.PeriodOf(year);
        if (month is null)
        {
            return own;
        }

        if (own is not { Measure: Measures.Year })
        {
            return null;
        }

        var label = month.LabelOf(monthCode!);
        if (PxCategories.IsTotal(monthCode!, label))
        {
            return own;
        }

        return PxCategories.MonthOf(monthCode!, label) is { } m
            ? (Measures.Month, string.Create(CultureInfo.InvariantCulture, $"{year}-{m:D2}"))
            : null;
    }

    private static JsonStatDimension? Find(JsonStatDataset dataset, IReadOnlyList<string> roles, string[] ids) =>
        roles.Select(dataset.Dimension).FirstOrDefault(d => d is not null)
        ?? ids.Select(dataset.Dimension).FirstOrDefault(d => d is not null);

    private static bool IsAsylumSeekers(string text) =>
        AsylumSeekers.Any(a => text.TrimStart().StartsWith(a, StringComparison.OrdinalIgnoreCase));

    private static ParseResult Layout(string message) =>
        ParseResult.Failure(new ParseIssue { Code = StructuredIssueCodes.LayoutUnknown, Message = message });

    private static string Short(string text) => text.Length <= 200 ? text : text[..200];
}
