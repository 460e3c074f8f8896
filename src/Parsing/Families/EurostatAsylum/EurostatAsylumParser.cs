using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Parsing.Readers.Structured;

namespace MigrationFeeds.Parsing.Families.EurostatAsylum;

/// <summary>
/// Eurostat's asylum applicants (<c>migr_asyappctza</c> yearly, <c>migr_asyappctzm</c> monthly) from the
/// dissemination API's JSON-stat 2.0 answer. Only the total cells are read (all citizenships, both sexes, all
/// ages, first-time applicants, persons), one figure per reporting country of the six and period.
/// </summary>
public sealed partial class EurostatAsylumParser : IReportParser
{
    public const string FamilyId = "eurostat-asylum";

    /// <summary>Eurostat's geo codes of the six (Kosovo is XK under UNSCR 1244/1999).</summary>
    private static readonly Dictionary<string, string> Geo = new(StringComparer.OrdinalIgnoreCase)
    {
        ["AL"] = Countries.Albania,
        ["BA"] = Countries.BosniaAndHerzegovina,
        ["ME"] = Countries.Montenegro,
        ["MK"] = Countries.NorthMacedonia,
        ["RS"] = Countries.Serbia,
        ["XK"] = Countries.Kosovo,
    };

    /// <summary>The category of each breakdown dimension that holds the total we read.</summary>
    private static readonly Dictionary<string, string> Totals = new(StringComparer.OrdinalIgnoreCase)
    {
        ["citizen"] = "TOTAL",
        ["sex"] = "T",
        ["age"] = "TOTAL",
        ["applicant"] = "FRST",
        ["unit"] = "PER",
    };

    /// <summary>Eurostat's observation flags, as a reader would write them after the number.</summary>
    private static readonly Dictionary<string, string> Flags = new(StringComparer.Ordinal)
    {
        ["b"] = "break in time series",
        ["c"] = "confidential",
        ["d"] = "definition differs",
        ["e"] = "estimated",
        ["n"] = "not significant",
        ["p"] = "provisional",
        ["r"] = "revised",
        ["s"] = "Eurostat estimate",
        ["u"] = "low reliability",
        ["z"] = "not applicable",
        [":"] = "not available",
    };

    public string Family => FamilyId;

    public string Version => "1";

    public ParseResult Parse(ReadOnlyMemory<byte> content, DocumentContext context) =>
        StructuredParse.Json(content, context, root =>
            root.ValueKind == JsonValueKind.Object && root.TryGetProperty("error", out var error)
                ? ParseResult.Failure(new ParseIssue
                {
                    Code = StructuredIssueCodes.ApiError, Message = "Eurostat answered with an error instead of data.", Quote = Short(error.ToString()),
                })
                : Read(JsonStatDataset.Read(root)));

    private static ParseResult Read(JsonStatDataset dataset)
    {
        var geo = dataset.Dimension("geo");
        var time = dataset.Dimension("time") ?? dataset.Dimension("TIME_PERIOD");
        if (geo is null || time is null)
        {
            return ParseResult.Failure(new ParseIssue { Code = StructuredIssueCodes.LayoutUnknown, Message = "The dataset has no geo or time dimension." });
        }

        foreach (var d in dataset.Dimensions.Where(d => d != geo && d != time && !Totals.ContainsKey(d.Id) && d.Codes.Count > 1))
        {
            return ParseResult.Failure(new ParseIssue
            {
                Code = StructuredIssueCodes.LayoutUnknown, Message = $"Dimension {d.Id} has {d.Codes.Count} categories; which one is the total is not known.",
            });
        }

        var datasetCode = (dataset.ExtensionId ?? "Eurostat").ToLowerInvariant();
        var issues = new List<ParseIssue>();
        var figures = new List<Figure>();
        var notTotal = 0;
        var unknownGeos = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var cell in dataset.Cells())
        {
            if (Totals.Any(t => cell.Codes.TryGetValue(t.Key, out var code) && !code.Equals(t.Value, StringComparison.OrdinalIgnoreCase)))
            {
                notTotal++;
                continue;
            }

            var geoCode = cell.Codes[geo.Id];
            var timeCode = cell.Codes[time.Id];
            var where = $"{geo.LabelOf(geoCode)} ({geoCode}), {timeCode}";
            if (!Geo.TryGetValue(geoCode, out var country))
            {
                unknownGeos.Add(geoCode);
                continue;
            }

            if (cell.Value is not { } value)
            {
                if (cell.Status is { } flag)
                {
                    issues.Add(new ParseIssue
                    {
                        Code = StructuredIssueCodes.Skipped, Message = $"Cell {cell.Index} has a flag but no value.", Quote = $"{where}: {Flag(flag)}",
                    });
                }

                continue;
            }

            if (PeriodOf(timeCode) is not { } period)
            {
                issues.Add(new ParseIssue { Code = ParseIssueCodes.PeriodUnknown, Message = $"Time '{timeCode}' is neither a year nor a month.", Quote = where });
                continue;
            }

            if (value < 0 || value != Math.Floor(value) || value > long.MaxValue / 2)
            {
                issues.Add(new ParseIssue { Code = StructuredIssueCodes.NotACount, Message = $"Cell {cell.Index} is not a count.", Quote = $"{where}: {value.ToString(CultureInfo.InvariantCulture)}" });
                continue;
            }

            var flagText = cell.Status is { } s ? $" ({Flag(s)})" : string.Empty;
            figures.Add(new Figure
            {
                Country = country,
                Indicator = Indicators.AsylumApplications,
                Measure = period.Measure,
                Period = period.Period,
                Value = (long)value,
                Approximate = cell.Status is "e" or "s",
                Page = 1,
                Quote = Short(string.Create(CultureInfo.InvariantCulture, $"{datasetCode}, first-time asylum applicants, {where}: {(long)value:N0}{flagText}")),
            });
        }

        if (notTotal > 0)
        {
            issues.Add(new ParseIssue { Code = StructuredIssueCodes.Skipped, Message = $"{notTotal} cells of a breakdown (not the total) are left out." });
        }

        foreach (var code in unknownGeos)
        {
            issues.Add(new ParseIssue { Code = StructuredIssueCodes.UnknownCountry, Message = $"Geo {code} is not one of the six; its cells are left out.", Quote = geo.LabelOf(code) });
        }

        if (figures.Count == 0)
        {
            issues.Add(new ParseIssue { Code = ParseIssueCodes.NoFigures, Message = "The dataset holds no value for the six." });
        }

        return new ParseResult { Figures = figures, Issues = issues };
    }

    /// <summary>"2024" → year; "2024-01" and "2024M01" → month; anything else (quarters, semesters) → null.</summary>
    internal static (string Measure, string Period)? PeriodOf(string time)
    {
        if (Year().IsMatch(time))
        {
            return (Measures.Year, time);
        }

        if (Month().Match(time) is { Success: true } m && int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture) is >= 1 and <= 12)
        {
            return (Measures.Month, m.Groups["y"].Value + "-" + m.Groups["m"].Value);
        }

        return null;
    }

    private static string Flag(string status) =>
        string.Join(", ", status.Select(c => Flags.TryGetValue(c.ToString(), out var meaning) ? meaning : c.ToString()));

    private static string Short(string text) => text.Length <= 200 ? text : text[..200];

    [GeneratedRegex(@"^(19|20)\d\d$")]
    private static partial Regex Year();

    [GeneratedRegex(@"^(?<y>(19|20)\d\d)(-|M)(?<m>\d\d)$")]
    private static partial Regex Month();
}
