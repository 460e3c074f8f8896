using System.Globalization;
using System.Text.Json;

namespace MigrationFeeds.TestSupport;

/// <summary>
/// The figures a careful reader finds in each snapshot document, written from the documents
/// (seeds/snapshot/expected/), never from the extractor's output.
/// </summary>
public static class ExpectedFigures
{
    public sealed record Item(string Country, string? Site, string Indicator, string Measure, string Period, long? Value, long? Low, long? High, int Page);

    public sealed record Document(string Url, DateOnly Published, IReadOnlyList<Item> Figures);

    public static IReadOnlyList<Document> Load(string family) => LoadFile(RepoRoot.Combine("seeds", "snapshot", "expected", family + ".json"));

    /// <summary>
    /// The documents a run fetches: every document but the report texts read from a ReliefWeb listing beside a PDF (the
    /// report page's URL, published the same day as a PDF of the family).
    /// </summary>
    public static IReadOnlyList<Document> Fetched(string family)
    {
        var documents = Load(family);
        var pdfDays = documents.Where(d => d.Url.EndsWith(".pdf", StringComparison.Ordinal)).Select(d => d.Published).ToHashSet();
        return [.. documents.Where(d => !(d.Url.StartsWith("https://reliefweb.int/report/", StringComparison.Ordinal) && pdfDays.Contains(d.Published)))];
    }

    /// <summary>An expected file kept elsewhere, such as beside an earlier recorded release in seeds/releases/.</summary>
    public static IReadOnlyList<Document> LoadFile(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        return json.RootElement.GetProperty("documents").EnumerateArray().Select(d => new Document(
            d.GetProperty("url").GetString()!,
            DateOnly.ParseExact(d.GetProperty("published").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            d.GetProperty("figures").EnumerateArray().Select(f => new Item(
                f.GetProperty("country").GetString()!,
                f.TryGetProperty("site", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null,
                f.GetProperty("indicator").GetString()!,
                f.GetProperty("measure").GetString()!,
                f.GetProperty("period").GetString()!,
                Long(f, "value"), Long(f, "low"), Long(f, "high"),
                f.GetProperty("page").GetInt32())).ToList())).ToList();
    }

    /// <summary>
    /// The country-level monthly series a reader would cite: for each month, the figure of the most
    /// recently published document that states it.
    /// </summary>
    public static IReadOnlyDictionary<string, (long? Value, long? Low, long? High, string Url)> Series(string family, string indicator, string measure) =>
        Load(family)
            .SelectMany(d => d.Figures.Select(f => (d, f)))
            .Where(x => x.f.Site is null && x.f.Indicator == indicator && x.f.Measure == measure)
            .GroupBy(x => x.f.Period[..7], StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => g.OrderByDescending(x => x.d.Published).Select(x => (x.f.Value, x.f.Low, x.f.High, x.d.Url)).First(),
                StringComparer.Ordinal);

    private static long? Long(JsonElement e, string name) =>
        e.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.Number ? p.GetInt64() : null;
}
