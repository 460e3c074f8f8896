using System.Globalization;
using System.Text.Json;
using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Parsing.Readers.Structured;

namespace MigrationFeeds.Parsing.Families.UnhcrOdp;

/// <summary>
/// UNHCR's Operational Data Portal (data.unhcr.org), <c>population/get/sublocation</c> and <c>population/get/origin</c>:
/// one row per geo (or per origin) with the record's date, its count in <c>individuals</c> and the population
/// groups it sums, each with codes saying what it counts. A row gives a figure when it is one of the six, dated
/// within the request, and every group it sums is of one kind an indicator matches (see <see cref="GroupKinds"/>).
/// </summary>
public sealed class UnhcrOdpParser : IReportParser
{
    public const string FamilyId = "unhcr-odp";

    public string Family => FamilyId;

    public string Version => "1";

    public ParseResult Parse(ReadOnlyMemory<byte> content, DocumentContext context) =>
        StructuredParse.Json(content, context, root =>
        {
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Array)
            {
                return ParseResult.Failure(root.ValueKind == JsonValueKind.Object && (root.TryGetProperty("error", out _) || root.TryGetProperty("message", out _))
                    ? new ParseIssue { Code = StructuredIssueCodes.ApiError, Message = "The portal answered with an error instead of data.", Quote = Short(root.ToString()) }
                    : new ParseIssue { Code = StructuredIssueCodes.LayoutUnknown, Message = "No data array: not a population answer of the portal." });
            }

            return JsonValues.TooManyRows(data, "rows") is { } tooMany ? ParseResult.Failure(tooMany) : Read(data, OdpPeriods.RequestWindow(context.Url));
        });

    private static ParseResult Read(JsonElement data, (DateOnly From, DateOnly To)? window)
    {
        var issues = new List<ParseIssue>();
        var figures = new List<Figure>();
        var line = 0;
        foreach (var row in data.EnumerateArray())
        {
            line++;
            if (ReadRow(row, line, window, issues) is { } figure)
            {
                figures.Add(figure);
            }
        }

        // Two rows for one point would each be a wrong answer to "what is the value"; neither is kept.
        foreach (var twice in figures.GroupBy(f => (f.Country, f.Indicator, f.Measure, f.Period)).Where(g => g.Count() > 1).ToList())
        {
            issues.Add(new ParseIssue
            {
                Code = ParseIssueCodes.Ambiguous,
                Message = $"{twice.Count()} rows give {twice.Key.Indicator} for {twice.Key.Country}, {twice.Key.Period}; none is kept.",
                Quote = Short(string.Join(" | ", twice.Select(f => f.Quote))),
            });
            figures.RemoveAll(twice.Contains);
        }

        if (figures.Count == 0)
        {
            issues.Add(new ParseIssue { Code = ParseIssueCodes.NoFigures, Message = "No row gives a figure of the project's indicators for one of the six." });
        }

        return new ParseResult { Figures = figures, Issues = issues };
    }

    private static Figure? ReadRow(JsonElement row, int line, (DateOnly From, DateOnly To)? window, List<ParseIssue> issues)
    {
        var name = JsonValues.Text(row, "geomaster_name") ?? "?";
        var dateText = JsonValues.Text(row, "date");
        var where = $"{name}, {dateText ?? "no date"}";
        void Skip(string code, string message, string? quote = null) =>
            issues.Add(new ParseIssue { Code = code, Message = message, Line = line, Quote = Short(quote ?? where) });

        if (JsonValues.Text(row, "admin_level") is { } level && !level.Equals("Country", StringComparison.OrdinalIgnoreCase))
        {
            Skip(StructuredIssueCodes.Skipped, $"A {level} row, not a country's total.");
            return null;
        }

        var geo = OdpGeographies.Match(name);
        if (geo.Country is not { } country)
        {
            Skip(
                geo.SerbiaWithKosovo ? ParseIssueCodes.Ambiguous : StructuredIssueCodes.UnknownCountry,
                geo.SerbiaWithKosovo ? "Serbia and Kosovo are counted together; the figure is neither Serbia's nor Kosovo's." : "The geo is not one of the six.");
            return null;
        }

        if (!OdpPeriods.TryReadDate(dateText, out var date))
        {
            Skip(ParseIssueCodes.PeriodUnknown, "The row has no readable date.");
            return null;
        }

        if (window is { } w && (date < w.From || date > w.To))
        {
            Skip(StructuredIssueCodes.Skipped, $"Dated outside the requested {OdpPeriods.Day(w.From)} to {OdpPeriods.Day(w.To)}: an earlier record carried forward.");
            return null;
        }

        var groups = PopulationGroup.OfRow(row);
        var kinds = groups.Select(g => (Group: g, Match: GroupKinds.Classify(g))).ToList();
        if (kinds.FirstOrDefault(k => k.Match.Kind is null) is { Group: { } unmatched } skipped)
        {
            Skip(StructuredIssueCodes.Skipped, $"The count includes {skipped.Match.Reason}.", $"{where}: {unmatched.Name} ({unmatched.Codes})");
            return null;
        }

        if (kinds.Select(k => k.Match.Kind).Distinct().Count() > 1)
        {
            Skip(StructuredIssueCodes.Skipped, "The count sums groups of different kinds; it is no one indicator.", $"{where}: {string.Join("; ", groups.Select(g => $"{g.Name} ({g.Codes})"))}");
            return null;
        }

        var count = JsonValues.Count(row, "individuals");
        if (count.State != CountState.Present)
        {
            Skip(
                count.State == CountState.Missing ? StructuredIssueCodes.Skipped : StructuredIssueCodes.NotACount,
                $"'individuals' is {(count.State == CountState.Missing ? "missing" : "not a count")}.",
                $"{where}: {JsonValues.Text(row, "individuals") ?? "null"}");
            return null;
        }

        var kind = kinds[0].Match.Kind!.Value;
        var first = groups[0];
        (string Measure, string Period)? period = kind switch
        {
            GroupKind.MonthlyArrivals => (Measures.Month, OdpPeriods.Month(date)),
            GroupKind.CumulativeArrivals => CumulativePeriod(groups, date),
            _ => (Measures.Stock, OdpPeriods.Day(date)),
        };
        if (period is not { } p)
        {
            Skip(ParseIssueCodes.PeriodUnknown, "A cumulative count whose start the group's name does not state (\"since …\") or states after the record's date.", $"{where}: {first.Name} ({first.Codes})");
            return null;
        }

        var label = groups.Count == 1 ? first.Name : $"{first.Name} and {groups.Count - 1} more";
        return new Figure
        {
            Country = country,
            Indicator = GroupKinds.IndicatorOf(kind),
            Measure = p.Measure,
            Period = p.Period,
            Value = count.Value,
            Approximate = groups.Any(g => g.DataType == "EST"),
            Page = 1,
            Quote = Short(string.Create(CultureInfo.InvariantCulture, $"{name}: {label} ({first.Codes}), {OdpPeriods.Day(date)}: {count.Value:N0}")),
        };
    }

    /// <summary>Groups summed into one cumulative count must count from the same stated start.</summary>
    private static (string Measure, string Period)? CumulativePeriod(IReadOnlyList<PopulationGroup> groups, DateOnly date)
    {
        var starts = groups.Select(g => OdpPeriods.CumulativeStart(g.Name)).Distinct().ToList();
        return starts is [{ } start] && start <= date ? OdpPeriods.Flow(start, date) : null;
    }

    private static string Short(string text) => text.Length <= 200 ? text : text[..200];
}
