using System.Globalization;
using System.Text.RegularExpressions;
using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Parsing.Readers.Structured;

namespace MigrationFeeds.Parsing.Families.FrontexWbRoute;

/// <summary>
/// Frontex's "Monthly detections of IBC" workbook: one sheet with a header row "Route | Border type or inland |
/// Nationality | JAN2009 | FEB2009 | …" and a row per route, border type and nationality. The Western Balkan
/// route's monthly total (all its rows summed) is Frontex's own region-level figure: arrivals, WB6, month.
/// </summary>
public sealed partial class FrontexWbRouteParser : IReportParser
{
    public const string FamilyId = "frontex-wb-route";
    private const string Route = "Western Balkan Route";
    private const string PreferredSheet = "Detections_of_IBC";

    private static readonly string[] MonthNames = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];

    public string Family => FamilyId;

    public string Version => "1";

    public ParseResult Parse(ReadOnlyMemory<byte> content, DocumentContext context) =>
        StructuredParse.Run(content, context, "workbook", bytes =>
        {
            try
            {
                using var workbook = XlsxWorkbook.Open(bytes);
                var sheet = workbook.SheetNames.FirstOrDefault(n => n.Equals(PreferredSheet, StringComparison.OrdinalIgnoreCase))
                    ?? workbook.SheetNames.FirstOrDefault();
                return sheet is null
                    ? ParseResult.Failure(new ParseIssue { Code = ParseIssueCodes.Unreadable, Message = "The workbook has no sheet." })
                    : Read(workbook.ReadRows(sheet));
            }
            catch (InvalidDataException e)
            {
                return ParseResult.Failure(new ParseIssue { Code = ParseIssueCodes.Unreadable, Message = "Not a readable xlsx workbook: " + e.Message });
            }
        });

    private static ParseResult Read(IReadOnlyList<XlsxRow> rows)
    {
        var issues = new List<ParseIssue>();
        var headerIndex = -1;
        for (var i = 0; i < rows.Count && headerIndex < 0; i++)
        {
            if (Same(rows[i][0]?.Text, "Route"))
            {
                headerIndex = i;
            }
        }

        if (headerIndex < 0)
        {
            return ParseResult.Failure(new ParseIssue { Code = StructuredIssueCodes.LayoutUnknown, Message = "No header row starting with 'Route'." });
        }

        var header = rows[headerIndex];
        var nationalityColumn = header.Cells.FirstOrDefault(c => Same(c.Text, "Nationality"))?.Column;
        var months = new SortedDictionary<int, string>();
        foreach (var cell in header.Cells.Where(c => c.Column > 0))
        {
            if (MonthOf(cell.Text) is { } month)
            {
                months[cell.Column] = month;
            }
        }

        if (months.Count == 0)
        {
            return ParseResult.Failure(new ParseIssue
            {
                Code = StructuredIssueCodes.LayoutUnknown, Message = "The header row names no month column (MMMYYYY).", Line = header.Number,
            });
        }

        var totals = new SortedDictionary<string, long>(StringComparer.Ordinal);
        var spoiled = new HashSet<string>(StringComparer.Ordinal);
        var routeRows = 0;
        foreach (var row in rows.Skip(headerIndex + 1))
        {
            if (!Same(row[0]?.Text, Route))
            {
                continue;
            }

            if (nationalityColumn is { } nc && row[nc]?.Text is { } nationality && IsTotal(nationality))
            {
                // A total row beside the nationality rows would count every detection twice.
                issues.Add(new ParseIssue
                {
                    Code = StructuredIssueCodes.Skipped, Message = "A total row of the route is left out; the route's total is the sum of its nationality rows.",
                    Line = row.Number, Quote = Quote(nationality),
                });
                continue;
            }

            routeRows++;
            foreach (var cell in row.Cells)
            {
                if (!months.TryGetValue(cell.Column, out var month))
                {
                    continue;
                }

                if (cell.Number is not { } n || n < 0 || n != Math.Floor(n) || n > long.MaxValue / 2)
                {
                    issues.Add(new ParseIssue
                    {
                        Code = StructuredIssueCodes.NotACount, Message = $"Cell {cell.Reference} ({month}) is not a count; the month is left out.",
                        Line = row.Number, Quote = Quote(cell.Text ?? string.Empty),
                    });
                    spoiled.Add(month);
                    continue;
                }

                totals[month] = totals.GetValueOrDefault(month) + (long)n;
            }
        }

        if (routeRows == 0)
        {
            return new ParseResult
            {
                Figures = [],
                Issues = [.. issues, new ParseIssue { Code = ParseIssueCodes.NoFigures, Message = $"No row of the {Route}." }],
            };
        }

        var figures = totals
            .Where(t => !spoiled.Contains(t.Key))
            .Select(t => new Figure
            {
                Country = Countries.Region,
                Indicator = Indicators.Arrivals,
                Measure = Measures.Month,
                Period = t.Key,
                Value = t.Value,
                Page = 1,
                Quote = string.Create(CultureInfo.InvariantCulture, $"{Route}, total, {t.Key}: {t.Value:N0}"),
            })
            .ToList();
        return new ParseResult { Figures = figures, Issues = issues };
    }

    /// <summary>"SEP2024" (also "Sep 2024", "Sep-2024") → "2024-09".</summary>
    internal static string? MonthOf(string? label)
    {
        if (label is null || MonthLabel().Match(label.Trim()) is not { Success: true } m)
        {
            return null;
        }

        var index = Array.IndexOf(MonthNames, m.Groups["m"].Value.ToUpperInvariant());
        return index < 0 ? null : string.Create(CultureInfo.InvariantCulture, $"{m.Groups["y"].Value}-{index + 1:D2}");
    }

    private static bool IsTotal(string text) => Same(text, "Total") || Same(text, "All nationalities") || Same(text, "Grand Total");

    private static bool Same(string? text, string expected) => text is not null && text.Trim().Equals(expected, StringComparison.OrdinalIgnoreCase);

    private static string Quote(string text) => text.Length <= 80 ? text : text[..80];

    [GeneratedRegex(@"^(?<m>[A-Za-z]{3})[ \-]?(?<y>(19|20)\d\d)$")]
    private static partial Regex MonthLabel();
}
