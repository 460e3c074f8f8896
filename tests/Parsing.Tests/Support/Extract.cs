using System.Globalization;
using System.Text;
using MigrationFeeds.Parsing.Extraction;
using MigrationFeeds.Parsing.Model;

namespace MigrationFeeds.Parsing.Tests.Support;

/// <summary>Runs the general parser over a short plain-text document.</summary>
internal static class Extract
{
    public static IReadOnlyList<Figure> Figures(string text, string? country = Countries.Serbia, string? published = "2022-11-20", string? title = null) =>
        Result(text, country, published, title).Figures;

    public static ParseResult Result(string text, string? country = Countries.Serbia, string? published = "2022-11-20", string? title = null, bool explain = false) =>
        new GeneralReportParser(explain).Parse(Encoding.UTF8.GetBytes(text), new DocumentContext
        {
            Url = "file:///test.txt",
            ContentType = "text/plain",
            DefaultCountry = country,
            Title = title,
            Published = published is null ? null : DateOnly.Parse(published, CultureInfo.InvariantCulture),
        });

    /// <summary>The figures of a web page.</summary>
    public static IReadOnlyList<Figure> Html(string html, string? country, string? published) =>
        new GeneralReportParser(false).Parse(Encoding.UTF8.GetBytes(html), new DocumentContext
        {
            Url = "file:///test.html",
            ContentType = "text/html",
            DefaultCountry = country,
            Published = published is null ? null : DateOnly.Parse(published, CultureInfo.InvariantCulture),
        }).Figures;

    /// <summary>The keys of the figures of a text that opens with its title line, read as an undated or dated news item.</summary>
    public static IReadOnlyList<string> TitledKeys(string body, string title, string? country, string? published) =>
        Keys(Figures(title + "\n\n" + body, country, published));

    /// <summary>"indicator measure period value" of each figure, for compact assertions.</summary>
    public static IReadOnlyList<string> Keys(IEnumerable<Figure> figures) =>
        figures.Select(f => string.Create(CultureInfo.InvariantCulture,
            $"{f.Country}{(f.Site is null ? "" : "/" + f.Site)} {f.Indicator} {f.Measure} {f.Period} {(f.Value is { } v ? v.ToString(CultureInfo.InvariantCulture) : $"{f.Low}-{f.High}")}")).ToList();
}
