using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Pipeline.Series;
using MigrationFeeds.Pipeline.Sources;
using MigrationFeeds.Pipeline.Storage;

namespace MigrationFeeds.Pipeline.Query;

/// <summary>
/// Gives each served point a citation a reader can paste: publisher, document title, page, publication date, address,
/// and the day it was retrieved through this service. The provenance gains the publisher and the document's title.
/// </summary>
public sealed class Citations(DocumentStore documents, IEnumerable<ISource> sources, TimeProvider time)
{
    private readonly Dictionary<string, string> publishers = sources.ToDictionary(s => s.Id, s => s.Publisher, StringComparer.OrdinalIgnoreCase);

    // Titles do not change once a document is recorded, nor does the lack of one; a document not yet recorded is asked
    // for again next time. Without remembering a recorded document that has no title, every answer built would read it.
    private readonly ConcurrentDictionary<(string Source, string Url), string?> titles = new();

    /// <summary>The day a citation says the figures were retrieved: today, UTC.</summary>
    public string Today => PeriodText.Day(time.GetUtcNow());

    public async Task<List<SeriesPoint>> CiteAsync(IEnumerable<SeriesPoint> points, CancellationToken cancellationToken)
    {
        var today = Today;
        var cited = new List<SeriesPoint>();
        foreach (var point in points)
        {
            if (point.Provenance is { } one)
            {
                var provenance = await DescribeAsync(one, cancellationToken).ConfigureAwait(false);
                cited.Add(point with { Provenance = provenance, Citation = Reference(provenance) + Retrieved(today) });
                continue;
            }

            var inputs = new List<Provenance>();
            foreach (var input in point.Inputs)
            {
                inputs.Add(await DescribeAsync(input, cancellationToken).ConfigureAwait(false));
            }

            var citation = inputs.Count == 0 ? null
                : "Computed by MigrationFeeds from: " + string.Join(" ", inputs.Select(Reference)) + Retrieved(today);
            cited.Add(point with { Inputs = inputs, Citation = citation });
        }

        return cited;
    }

    /// <summary>The publisher, title, page, date and address of one figure, as a sentence.</summary>
    public static string Reference(Provenance p)
    {
        var text = new StringBuilder();
        text.Append(p.Publisher ?? p.SourceId).Append(". ");
        if (!string.IsNullOrWhiteSpace(p.DocumentTitle))
        {
            text.Append('"').Append(p.DocumentTitle.Trim()).Append("\", ");
        }

        text.Append("p. ").Append(p.Page.ToString(CultureInfo.InvariantCulture)).Append(". ");
        text.Append(p.Published is { } published ? "Published " + PeriodText.Day(published) : "Undated").Append(". ");
        text.Append(p.DocumentUrl).Append('.');
        if (p.Reconstruction == true)
        {
            text.Append(p.RealPublicationUrl is null
                ? " (A reconstruction of the publication; this figure is a stand-in.)"
                : $" (A reconstruction of the publication; the figure is stated in {p.RealPublicationUrl}.)");
        }

        return text.ToString();
    }

    private static string Retrieved(string today) => $" Retrieved via MigrationFeeds on {today}.";

    private async Task<Provenance> DescribeAsync(Provenance p, CancellationToken cancellationToken) => p with
    {
        Publisher = publishers.GetValueOrDefault(p.SourceId) ?? p.Publisher,
        DocumentTitle = await TitleAsync(p.SourceId, p.DocumentUrl, cancellationToken).ConfigureAwait(false) ?? p.DocumentTitle,
    };

    private async Task<string?> TitleAsync(string source, string url, CancellationToken cancellationToken)
    {
        if (titles.TryGetValue((source, url), out var known))
        {
            return known;
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var address))
        {
            return null;
        }

        var document = await documents.GetAsync(source, address, cancellationToken).ConfigureAwait(false);
        var title = document?.Title;
        if (document is not null)
        {
            titles[(source, url)] = title;
        }

        return title;
    }
}
