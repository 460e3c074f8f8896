namespace MigrationFeeds.Pipeline.Discovery;

/// <summary>Turns ReliefWeb reports into the documents to fetch: the PDF to parse, and the report page beside it.</summary>
public static class ReliefWebDocuments
{
    public static IReadOnlyList<DiscoveredDocument> FromReports(IEnumerable<ReliefWebReport> reports, string country)
    {
        var documents = new List<DiscoveredDocument>();
        foreach (var report in reports)
        {
            var pdf = report.Files.FirstOrDefault(IsPdf);
            documents.Add(new DiscoveredDocument
            {
                Url = pdf?.Url ?? report.PageUrl,
                Role = DocumentRole.Primary,
                Country = country,
                Title = report.Title,
                Published = report.Published,
            });
            if (pdf is not null)
            {
                documents.Add(new DiscoveredDocument
                {
                    Url = report.PageUrl,
                    Role = DocumentRole.Companion,
                    Country = country,
                    Title = report.Title,
                    Published = report.Published,
                });
            }
        }

        return documents;
    }

    private static bool IsPdf(ReliefWebFile file) =>
        string.Equals(file.MimeType, "application/pdf", StringComparison.OrdinalIgnoreCase)
        || file.Url.AbsolutePath.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase);
}
