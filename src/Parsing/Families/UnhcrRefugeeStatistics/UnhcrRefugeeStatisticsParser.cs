using System.Globalization;
using System.Text.Json;
using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Parsing.Readers.Structured;

namespace MigrationFeeds.Parsing.Families.UnhcrRefugeeStatistics;

/// <summary>
/// UNHCR's Refugee Statistics API, <c>/population/v1/asylum-applications/</c>: a page of rows by year, country of
/// asylum, procedure, application type, decision level and unit. One figure per country of asylum and year: the
/// persons who lodged a new application (types N and V), summed over procedures. Cases, appeals and repeat
/// applications are not persons lodging a claim and are left out.
/// </summary>
public sealed class UnhcrRefugeeStatisticsParser : IReportParser
{
    public const string FamilyId = "unhcr-refugee-statistics";

    /// <summary>ISO3 (<c>coa_iso</c>) and UNHCR's own codes (<c>coa</c>) of the six. UNHCR's code for Bosnia is BSN, for North Macedonia MCD.</summary>
    private static readonly Dictionary<string, string> CountryCodes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ALB"] = Countries.Albania,
        ["BIH"] = Countries.BosniaAndHerzegovina,
        ["BSN"] = Countries.BosniaAndHerzegovina,
        ["MKD"] = Countries.NorthMacedonia,
        ["MCD"] = Countries.NorthMacedonia,
        ["MNE"] = Countries.Montenegro,
        ["SRB"] = Countries.Serbia,
        ["KOS"] = Countries.Kosovo,
        ["XKX"] = Countries.Kosovo,
    };

    /// <summary>Application types of a claim lodged for the first time: new, and various (new where UNHCR has no split).</summary>
    private static readonly HashSet<string> Lodged = new(StringComparer.OrdinalIgnoreCase) { "N", "V" };

    /// <summary>Application types that are not a first claim: appeals, repeat (subsequent) and reopened applications.</summary>
    private static readonly HashSet<string> NotLodged = new(StringComparer.OrdinalIgnoreCase) { "A", "R", "RA", "RO" };

    public string Family => FamilyId;

    public string Version => "1";

    public ParseResult Parse(ReadOnlyMemory<byte> content, DocumentContext context) =>
        StructuredParse.Json(content, context, root =>
        {
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("items", out var items) || items.ValueKind != JsonValueKind.Array)
            {
                return ParseResult.Failure(new ParseIssue { Code = StructuredIssueCodes.LayoutUnknown, Message = "No items array: not an asylum-applications page." });
            }

            var page = JsonValues.Count(root, "page");
            var maxPages = JsonValues.Count(root, "maxPages");
            if (page.State == CountState.Present && maxPages.State == CountState.Present && page.Value < maxPages.Value)
            {
                // A sum over some of the rows would be a wrong number.
                return ParseResult.Failure(new ParseIssue
                {
                    Code = StructuredIssueCodes.LayoutUnknown, Message = $"Page {page.Value} of {maxPages.Value}: the yearly sums need every page in one answer.",
                });
            }

            return JsonValues.TooManyRows(items, "items") is { } tooMany ? ParseResult.Failure(tooMany) : Read(items);
        });

    private static ParseResult Read(JsonElement items)
    {
        var issues = new List<ParseIssue>();
        var sums = new SortedDictionary<(string Country, string Year), (long Sum, string Name)>();
        var spoiled = new HashSet<(string, string)>();
        var line = 0;
        foreach (var item in items.EnumerateArray())
        {
            line++;
            var name = JsonValues.Text(item, "coa_name") ?? "?";
            var year = JsonValues.Text(item, "year");
            var where = $"{name}, {year}";
            if (year is null || year.Length != 4 || !int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            {
                issues.Add(Issue(ParseIssueCodes.PeriodUnknown, "The row has no year.", line, where));
                continue;
            }

            if (CountryOf(item, name) is not { } country)
            {
                var code = JsonValues.Text(item, "coa_iso") ?? JsonValues.Text(item, "coa") ?? "-";
                issues.Add(name.Contains("Kosovo", StringComparison.OrdinalIgnoreCase)
                    ? Issue(ParseIssueCodes.Ambiguous, "Serbia and Kosovo are counted together; the figure is neither Serbia's nor Kosovo's.", line, where)
                    : Issue(StructuredIssueCodes.UnknownCountry, $"Country of asylum {code} is not one of the six.", line, where));
                continue;
            }

            var unit = JsonValues.Text(item, "app_pc");
            var type = JsonValues.Text(item, "app_type");
            if (!string.Equals(unit, "P", StringComparison.OrdinalIgnoreCase))
            {
                issues.Add(Issue(StructuredIssueCodes.Skipped, $"Counted in cases (app_pc {unit ?? "-"}), not persons.", line, where));
                continue;
            }

            if (type is not null && NotLodged.Contains(type))
            {
                continue;
            }

            if (type is null || !Lodged.Contains(type))
            {
                issues.Add(Issue(StructuredIssueCodes.Skipped, $"Application type {type ?? "-"} is not known to be a first claim.", line, where));
                continue;
            }

            var applied = JsonValues.Count(item, "applied");
            if (applied.State != CountState.Present)
            {
                issues.Add(Issue(
                    applied.State == CountState.Missing ? StructuredIssueCodes.Skipped : StructuredIssueCodes.NotACount,
                    $"'applied' is {(applied.State == CountState.Missing ? "missing" : "not a count")}; the year is left out for this country.",
                    line,
                    $"{where}: {JsonValues.Text(item, "applied") ?? "null"}"));
                spoiled.Add((country, year));
                continue;
            }

            var key = (country, year);
            sums[key] = (sums.GetValueOrDefault(key).Sum + applied.Value, name);
        }

        var figures = sums
            .Where(s => !spoiled.Contains(s.Key))
            .Select(s => new Figure
            {
                Country = s.Key.Country,
                Indicator = Indicators.AsylumApplications,
                Measure = Measures.Year,
                Period = s.Key.Year,
                Value = s.Value.Sum,
                Page = 1,
                Quote = Short(string.Create(CultureInfo.InvariantCulture, $"UNHCR asylum applications lodged (new, persons), {s.Value.Name}, {s.Key.Year}: {s.Value.Sum:N0}")),
            })
            .ToList();
        if (figures.Count == 0)
        {
            issues.Add(new ParseIssue { Code = ParseIssueCodes.NoFigures, Message = "No row gives new applications in persons for one of the six." });
        }

        return new ParseResult { Figures = figures, Issues = issues };
    }

    /// <summary>
    /// The country of asylum, from <c>coa_iso</c> or else UNHCR's <c>coa</c>. UNHCR files Kosovo under Serbia
    /// ("Serbia and Kosovo: S/RES/1244 (1999)"); such rows belong to neither and give null.
    /// </summary>
    private static string? CountryOf(JsonElement item, string name)
    {
        var code = JsonValues.Text(item, "coa_iso") is { } iso && iso != "-" ? iso : JsonValues.Text(item, "coa");
        if (code is null || !CountryCodes.TryGetValue(code, out var country))
        {
            return null;
        }

        return country == Countries.Serbia && name.Contains("Kosovo", StringComparison.OrdinalIgnoreCase) ? null : country;
    }

    private static ParseIssue Issue(string code, string message, int line, string quote) =>
        new() { Code = code, Message = message, Line = line, Quote = Short(quote) };

    private static string Short(string text) => text.Length <= 200 ? text : text[..200];
}
