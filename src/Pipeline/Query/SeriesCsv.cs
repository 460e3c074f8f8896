using System.Globalization;
using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Pipeline.Series;
using nietras.SeparatedValues;

namespace MigrationFeeds.Pipeline.Query;

/// <summary>
/// A series as CSV, one row per country (or site) and month, optionally with an HXL hashtag row under
/// the header so humanitarian data tools recognise the columns. Written with Sep, which quotes as RFC 4180 asks.
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
        ("publisher", "#org+name"),
        ("document_title", "#meta+title"),
        ("published", "#date+published"),
        ("unit", "#meta+unit"),
        ("definition", "#meta+definition"),
        ("citation", "#meta+citation"),
        ("flags", "#meta+flags"),
        ("series", "#meta+series"),
    ];

    public static IReadOnlyList<string> Headers { get; } = [.. Columns.Select(c => c.Header)];

    public static string Write(SeriesResult result, bool hxl)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\r\n" };
        using (var writer = Sep.New(',').Writer(o => o with { Escape = true, WriteHeader = false, CultureInfo = CultureInfo.InvariantCulture }).To(text))
        {
            Row(writer, Headers);
            if (hxl)
            {
                Row(writer, [.. Columns.Select(c => c.Hxl)]);
            }

            foreach (var fields in Rows(result))
            {
                Row(writer, fields);
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// The fields of each row, as text, in the order of <see cref="Headers"/>; the xlsx data sheet has the same. The
    /// region's own published series follow the points, each row naming its series (empty for the points themselves).
    /// </summary>
    public static IEnumerable<string[]> Rows(SeriesResult result) =>
        result.Points.Select(p => Fields(p, p.Indicator?.Code ?? result.Indicator, ""))
            .Concat(result.Regional.SelectMany(r => r.Points.Select(p => Fields(p, (p.Indicator ?? r.Indicator).Code, r.Name))));

    private static string[] Fields(SeriesPoint p, string indicator, string series)
    {
        var provenance = p.Provenance;
        return
        [
            p.Country.Code,
            Field(p.Site),
            p.Period.ToString(),
            indicator,
            p.Value?.ToString(CultureInfo.InvariantCulture) ?? "",
            p.Low?.ToString(CultureInfo.InvariantCulture) ?? "",
            p.High?.ToString(CultureInfo.InvariantCulture) ?? "",
            Bool(p.Approximate),
            Field(p.Source),
            Bool(p.Derived),
            Bool(p.Conflict),
            p.Complete is null ? "" : Bool(p.Complete.Value),
            Field(p.Coverage is null ? null : string.Join(' ', p.Coverage)),
            Field(provenance?.DocumentUrl),
            provenance?.Page.ToString(CultureInfo.InvariantCulture) ?? "",
            Field(provenance?.Quote),
            Field(provenance?.Publisher),
            Field(provenance?.DocumentTitle),
            Field(provenance?.Published is { } published ? PeriodText.Day(published) : null),
            IndicatorCatalog.Find(indicator)?.Unit ?? "",
            Field(p.Definition ?? (p.MixedDefinitions is null ? null : string.Join(' ', p.MixedDefinitions))),
            Field(p.Citation),
            Field(string.Join(' ', p.Flags.Select(f => f.Code).Distinct(StringComparer.Ordinal))),
            Field(series),
        ];
    }

    private static void Row(SepWriter writer, IReadOnlyList<string> fields)
    {
        using var row = writer.NewRow();
        for (var i = 0; i < fields.Count; i++)
        {
            row[i].Set(fields[i]);
        }
    }

    private static string Bool(bool value) => value ? "true" : "false";

    /// <summary>A leading formula character is neutralised so a spreadsheet never evaluates a publisher's text.</summary>
    private static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        return value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
    }
}
