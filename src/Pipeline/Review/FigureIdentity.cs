using MigrationFeeds.Pipeline.Series;
using MigrationFeeds.Pipeline.Storage;

namespace MigrationFeeds.Pipeline.Review;

/// <summary>
/// A figure's stable identity: the hash of its document and the figure's key (country, site, indicator, measure,
/// period). It does not depend on where the figure stands in the document or on the parser that read it, so a decision
/// about it holds across re-ingest and reparse. Written <c>COUNTRY.indicator.hash</c>, so the id alone names the
/// partition it lives in.
/// </summary>
public static class FigureIdentity
{
    public static string Of(Observation o) =>
        Of(o.Provenance.DocumentSha256, o.Figure.Country, o.Figure.Site, o.Figure.Indicator, o.Figure.Measure, o.Figure.Period);

    public static string Of(string documentSha256, string country, string? site, string indicator, string measure, string period) =>
        string.Join('.', country, indicator, TableKeys.Hash(string.Join('|', documentSha256, country, site ?? "-", indicator, measure, period))[..32]);

    /// <summary>Whether the text has an identity's form; an id of a code not of the vocabulary has that form but names no figure.</summary>
    public static bool IsWellFormed(string? id) => Parts(id) is not null;

    /// <summary>The partition an id's figure lives in; null for text that is no identity or names no series.</summary>
    public static SeriesKey? KeyOf(string? id) => Parts(id) is { } parts ? SeriesKey.Parse(parts[0], parts[1]) : null;

    private static string[]? Parts(string? id)
    {
        var parts = id?.Split('.') ?? [];
        return parts.Length == 3
            && parts[0].Length is >= 2 and <= 4 && parts[0].All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c))
            && parts[1].Length is > 0 and <= 40 && parts[1].All(c => char.IsAsciiLetterLower(c) || c == '_')
            && parts[2].Length == 32 && parts[2].All(char.IsAsciiHexDigitLower)
            ? parts
            : null;
    }
}
