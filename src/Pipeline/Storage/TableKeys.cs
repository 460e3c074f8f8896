using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using MigrationFeeds.Parsing.Language.Periods;
using MigrationFeeds.Parsing.Model;

namespace MigrationFeeds.Pipeline.Storage;

/// <summary>
/// Every partition and row key of every table is built here, from the data alone, so a second run
/// writes the same rows and a reader can compute where a row lives.
/// </summary>
internal static class TableKeys
{
    private const char Separator = '|';

    /// <summary>Observations are read by country and indicator, so that pair is the partition.</summary>
    public static string ObservationPartition(string country, string indicator) =>
        string.Concat(country, Separator.ToString(), indicator);

    public static string ObservationPartition(CountryCode country, Indicator indicator) => ObservationPartition(country.Code, indicator.Code);

    /// <summary>The country and indicator of an observation partition; false for one of a code not of the vocabulary.</summary>
    public static bool TryParseObservationPartition(string partition, out CountryCode country, out Indicator indicator)
    {
        var bar = partition.IndexOf(Separator, StringComparison.Ordinal);
        indicator = default;
        return CountryCode.TryParse(bar < 0 ? null : partition[..bar], out country)
               && Indicator.TryParse(partition[(bar + 1)..], out indicator);
    }

    /// <summary>
    /// Period first, so a range of months is one contiguous row-key range; the document hash and
    /// an ordinal keep figures of different documents, and repeats within one, apart.
    /// </summary>
    public static string ObservationRow(string period, string measure, string? site, string documentSha256, int ordinal) =>
        string.Join(
            Separator,
            PeriodKey(period),
            measure,
            Escape(site ?? "-"),
            documentSha256[..16],
            ordinal.ToString("D3", CultureInfo.InvariantCulture));

    /// <summary>Row keys of a period range: months <paramref name="from"/> to <paramref name="to"/> inclusive, with any day or suffix.</summary>
    public static (string Low, string HighExclusive) PeriodRange(YearMonth from, YearMonth to) => (from.ToString(), to + "~");

    public static string PeriodKey(string period) => period.Replace('/', '_');

    /// <summary>The materialised series of one country and indicator; rows are site then month, so one site's months are contiguous.</summary>
    public static string SeriesPartition(CountryCode country, Indicator indicator) => ObservationPartition(country, indicator);

    public static string SeriesRow(string? site, string month) => string.Concat(Escape(site ?? "-"), Separator.ToString(), month);

    /// <summary>A series point's row: its month written as it is served.</summary>
    public static string SeriesRow(string? site, Period month) => SeriesRow(site, month.ToString());

    /// <summary>Row keys of the months <paramref name="from"/> to <paramref name="to"/> of one site (or the country itself, for a null site).</summary>
    public static (string Low, string HighExclusive) SeriesRows(string? site, YearMonth from, YearMonth to) =>
        (SeriesRow(site, from.ToString()), SeriesRow(site, to.ToString()) + "~");

    /// <summary>Row keys of every month of one site (or of the country itself, for a null site).</summary>
    public static (string Low, string HighExclusive) SeriesRows(string? site) => (SeriesRow(site, ""), SeriesRow(site, "") + "~");

    /// <summary>
    /// Each source's own series of one country and indicator (a query with <c>source=</c>), beside the partition of the
    /// series chosen across sources; rows are source, site, then month.
    /// </summary>
    public static string SeriesBySourcePartition(CountryCode country, Indicator indicator) =>
        string.Concat(SeriesPartition(country, indicator), Separator.ToString(), "by-source");

    public static string SeriesBySourceRow(string source, string? site, string month) =>
        string.Join(Separator, Escape(source), Escape(site ?? "-"), month);

    public static string SeriesBySourceRow(string source, string? site, Period month) => SeriesBySourceRow(source, site, month.ToString());

    /// <summary>Row keys of every month of one source's series for one site (or the country itself, for a null site).</summary>
    public static (string Low, string HighExclusive) SeriesBySourceRows(string source, string? site) =>
        (SeriesBySourceRow(source, site, ""), SeriesBySourceRow(source, site, "") + "~");

    /// <summary>The one row of the series version table: no country partition looks like it.</summary>
    public const string SeriesVersionPartition = "series";

    public const string SeriesVersionRow = "version";

    /// <summary>Decisions are read with the observations of one country and indicator, so they share its partition.</summary>
    public static string ReviewPartition(string country, string indicator) => ObservationPartition(country, indicator);

    public static string ReviewPartition(CountryCode country, Indicator indicator) => ObservationPartition(country, indicator);

    /// <summary>One figure's decisions are contiguous, in the order they were made; the suffix keeps two at one tick apart.</summary>
    public static string ReviewRow(string id, DateTimeOffset decidedAt, string suffix) =>
        string.Join(Separator, id, decidedAt.UtcTicks.ToString("D19", CultureInfo.InvariantCulture), suffix);

    public static string DocumentPartition(string sourceId) => sourceId;

    public static string DocumentRow(Uri url) => Hash(url.AbsoluteUri)[..32];

    public static string RunPartition(string sourceId) => sourceId;

    /// <summary>A source's failed documents are read together (a run settles them), so the source is the partition.</summary>
    public static string FailedDocumentPartition(string sourceId) => sourceId;

    /// <summary>The document's row, keyed as its state is, so the two are found from the same address.</summary>
    public static string FailedDocumentRow(Uri url) => DocumentRow(url);

    /// <summary>Newest first: rows sort ascending, so the key counts down with time.</summary>
    public static string RunRow(DateTimeOffset started) =>
        (DateTimeOffset.MaxValue.UtcTicks - started.UtcTicks).ToString("D19", CultureInfo.InvariantCulture);

    public static string BlobName(string sha256) => string.Concat("sha256/", sha256.AsSpan(0, 2), "/", sha256);

    public static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>Table keys may not hold '/', '\\', '#', '?', control characters, nor our separator.</summary>
    private static string Escape(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            builder.Append(c is '/' or '\\' or '#' or '?' or Separator || char.IsControl(c) ? '_' : c);
        }

        return builder.ToString();
    }
}
