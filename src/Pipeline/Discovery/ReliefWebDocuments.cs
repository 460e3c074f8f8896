using MigrationFeeds.Parsing.Model;

namespace MigrationFeeds.Pipeline.Discovery;

/// <summary>
/// Turns ReliefWeb reports into the documents to fetch: the PDF to parse, and the report page beside it; or, for a
/// series whose report text carries figures, the text the listing gives in the page's place, parsed too.
/// </summary>
public static class ReliefWebDocuments
{
    public static IReadOnlyList<DiscoveredDocument> FromReports(IEnumerable<ReliefWebReport> reports, CountryCode country, bool readText = false)
    {
        var documents = new List<DiscoveredDocument>();
        foreach (var report in reports)
        {
            var pdf = report.Files.FirstOrDefault(IsPdf);
            var page = new DiscoveredDocument
            {
                Url = report.PageUrl,
                Role = DocumentRole.Companion,
                Country = country,
                Title = report.Title,
                Published = report.Published,
            };
            if (pdf is null)
            {
                documents.Add(page with { Role = DocumentRole.Primary });
                continue;
            }

            documents.Add(page with { Url = pdf.Url, Role = DocumentRole.Primary });
            documents.Add(readText && report.TextHtml is { } text
                ? page with { Role = DocumentRole.ReportText, Content = ReportTextPage.Render(report.Title, text), TextOf = pdf.Url }
                : page);
        }

        return documents;
    }

    private static bool IsPdf(ReliefWebFile file) =>
        string.Equals(file.MimeType, "application/pdf", StringComparison.OrdinalIgnoreCase)
        || file.Url.AbsolutePath.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase);
}
