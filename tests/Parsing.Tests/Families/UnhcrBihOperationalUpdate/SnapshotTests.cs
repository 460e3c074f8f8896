using System.Globalization;
using System.Text;
using System.Text.Json;
using MigrationFeeds.Parsing.Families.UnhcrBihOperationalUpdate;
using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Parsing.Tests.Support;

namespace MigrationFeeds.Parsing.Tests.Families.UnhcrBihOperationalUpdate;

/// <summary>
/// Every PDF of the recorded snapshot (seeds/snapshot/unhcr-bih-operational-update) against the figures a person reads in it
/// (seeds/snapshot/expected/unhcr-bih-operational-update.json), exactly.
/// </summary>
public sealed class SnapshotTests
{
    private const string ExpectedFile = "seeds/snapshot/expected/unhcr-bih-operational-update.json";
    private const string Folder = "seeds/snapshot/unhcr-bih-operational-update";
    private const string IndexFile = Folder + "/index.json";

    [Fact]
    public void Parse_EverySnapshotPdf_GivesExactlyTheExpectedFigures()
    {
        var root = RepositoryRoot.Find();
        using var expected = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(root, ExpectedFile)));
        using var index = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(root, IndexFile)));
        var entries = index.RootElement.GetProperty("entries").EnumerateArray()
            .ToDictionary(e => e.GetProperty("url").GetString()!, e => e.GetProperty("file").GetString()!, StringComparer.Ordinal);
        var titles = ReliefWebTitles(root, index.RootElement);

        var parser = new UnhcrBihOperationalUpdateParser();
        var report = new StringBuilder();
        var documents = 0;
        // The PDFs; each report's text, read from the ReliefWeb listing beside its PDF, is checked where the pipeline reads it.
        foreach (var document in expected.RootElement.GetProperty("documents").EnumerateArray()
                     .Where(d => d.GetProperty("url").GetString()!.EndsWith(".pdf", StringComparison.Ordinal)))
        {
            documents++;
            var url = document.GetProperty("url").GetString()!;
            var name = url[(url.LastIndexOf('/') + 1)..];
            if (!entries.TryGetValue(url, out var file))
            {
                report.AppendLine(CultureInfo.InvariantCulture, $"{name}: not in {IndexFile}");
                continue;
            }

            var context = new DocumentContext
            {
                Url = url,
                ContentType = "application/pdf",
                DefaultCountry = Countries.BosniaAndHerzegovina,
                Title = titles.GetValueOrDefault(url),
                Published = DateOnly.Parse(document.GetProperty("published").GetString()!, CultureInfo.InvariantCulture),
            };
            var result = parser.Parse(File.ReadAllBytes(Path.Combine(root, Folder, file)), context);

            var want = document.GetProperty("figures").EnumerateArray().Select(Key).ToList();
            var got = result.Figures.Select(f => (Key: Key(f), f.Quote)).ToList();
            foreach (var missing in Subtract(want, got.Select(g => g.Key)))
            {
                report.AppendLine(CultureInfo.InvariantCulture, $"{name}: missing {missing}");
            }

            foreach (var extra in Subtract(got.Select(g => g.Key), want))
            {
                var quote = got.First(g => g.Key == extra).Quote;
                report.AppendLine(CultureInfo.InvariantCulture, $"{name}: unexpected {extra} from \"{quote}\"");
            }

            if (result.Failed)
            {
                report.AppendLine(CultureInfo.InvariantCulture, $"{name}: failed: {string.Join("; ", result.Issues.Select(i => i.Code + " " + i.Message))}");
            }
        }

        Assert.True(documents > 0, $"{ExpectedFile} lists no documents.");
        Assert.True(report.Length == 0, "Snapshot figures differ from the expected ones:" + Environment.NewLine + report);
    }

    private static string Key(JsonElement f) => Key(
        f.GetProperty("country").GetString()!,
        f.GetProperty("site").GetString(),
        f.GetProperty("indicator").GetString()!,
        f.GetProperty("measure").GetString()!,
        f.GetProperty("period").GetString()!,
        Long(f.GetProperty("value")),
        Long(f.GetProperty("low")),
        Long(f.GetProperty("high")),
        f.GetProperty("page").GetInt32());

    private static string Key(Figure f) => Key(f.Country, f.Site, f.Indicator, f.Measure, f.Period, f.Value, f.Low, f.High, f.Page);

    private static string Key(string country, string? site, string indicator, string measure, string period, long? value, long? low, long? high, int page) =>
        string.Create(CultureInfo.InvariantCulture, $"p{page} {country}{(site is null ? string.Empty : "/" + site)} {indicator} {measure} {period} value={value?.ToString(CultureInfo.InvariantCulture) ?? "-"} low={low?.ToString(CultureInfo.InvariantCulture) ?? "-"} high={high?.ToString(CultureInfo.InvariantCulture) ?? "-"}");

    private static long? Long(JsonElement element) => element.ValueKind == JsonValueKind.Null ? null : element.GetInt64();

    /// <summary>The items of <paramref name="from"/> left after taking out those of <paramref name="take"/>, as multisets.</summary>
    private static List<string> Subtract(IEnumerable<string> from, IEnumerable<string> take)
    {
        var left = from.ToList();
        foreach (var item in take)
        {
            left.Remove(item);
        }

        return left;
    }

    /// <summary>Report titles by attachment URL, from the recorded ReliefWeb API response, when it is there.</summary>
    private static Dictionary<string, string> ReliefWebTitles(string root, JsonElement index)
    {
        var titles = new Dictionary<string, string>(StringComparer.Ordinal);
        var api = index.GetProperty("entries").EnumerateArray()
            .Select(e => e.GetProperty("file").GetString()!)
            .FirstOrDefault(f => f.Contains("/api/", StringComparison.Ordinal) && f.EndsWith(".json", StringComparison.Ordinal));
        if (api is null)
        {
            return titles;
        }

        using var response = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(root, Folder, api)));
        foreach (var report in response.RootElement.GetProperty("data").EnumerateArray())
        {
            var fields = report.GetProperty("fields");
            if (!fields.TryGetProperty("file", out var files))
            {
                continue;
            }

            foreach (var file in files.EnumerateArray())
            {
                titles[file.GetProperty("url").GetString()!] = fields.GetProperty("title").GetString()!;
            }
        }

        return titles;
    }
}
