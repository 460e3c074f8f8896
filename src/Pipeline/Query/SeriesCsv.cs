using System.Globalization;
using System.Text;
using MigrationFeeds.Pipeline.Series;

namespace MigrationFeeds.Pipeline.Query;

/// <summary>
/// A series as CSV, one row per country (or site) and month, optionally with an HXL hashtag row under
/// the header so humanitarian data tools recognise the columns.
/// </summary>
public static class SeriesCsv
{
    private static readonly (string Header, string Hxl)[] Columns =
    [
        ("country", "#country+code"),
        ("site", "#loc+name"),
        ("period", "#date"),
        ("indicator", "#indicator+code"),
        ("value", "#indicator+value+num"),
        ("low", "#indicator+value+num+min"),
        ("high", "#indicator+value+num+max"),
        ("approximate", "#meta+approximate"),
        ("source", "#meta+source"),
        ("derived", "#meta+derived"),
        ("conflict", "#meta+conflict"),
        ("complete", "#meta+complete"),
        ("coverage", "#meta+coverage"),
        ("document_url", "#meta+url"),
        ("page", "#meta+page"),
        ("quote", "#meta+quote"),
    ];

    public static string Write(SeriesResult result, bool hxl)
    {
        var text = new StringBuilder();
        text.AppendJoin(',', Columns.Select(c => c.Header)).Append("\r\n");
        if (hxl)
        {
            text.AppendJoin(',', Columns.Select(c => c.Hxl)).Append("\r\n");
        }

        foreach (var p in result.Points)
        {
            var provenance = p.Provenance ?? p.Inputs.FirstOrDefault();
            text.AppendJoin(',',
            [
                p.Country,
                Field(p.Site),
                p.Period,
                p.Indicator ?? result.Indicator,
                p.Value?.ToString(CultureInfo.InvariantCulture) ?? "",
                p.Low?.ToString(CultureInfo.InvariantCulture) ?? "",
                p.High?.ToString(CultureInfo.InvariantCulture) ?? "",
                Bool(p.Approximate),
                Field(p.Source),
                Bool(p.Derived),
                Bool(p.Conflict),
                p.Complete is null ? "" : Bool(p.Complete.Value),
                Field(p.Coverage is null ? null : string.Join(' ', p.Coverage)),
                Field(p.Provenance?.DocumentUrl),
                p.Provenance?.Page.ToString(CultureInfo.InvariantCulture) ?? "",
                Field(provenance is null || p.Provenance is null ? null : provenance.Quote),
            ]).Append("\r\n");
        }

        return text.ToString();
    }

    private static string Bool(bool value) => value ? "true" : "false";

    /// <summary>RFC 4180 quoting; a leading formula character is neutralised so a spreadsheet never evaluates a quote.</summary>
    private static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
