using System.Globalization;
using System.Text.Json;
using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Pipeline.Options;
using Microsoft.Extensions.Options;

namespace MigrationFeeds.Pipeline.Snapshot;

/// <summary>
/// What the recorded snapshot says of its own documents (seeds/snapshot/manifest/): each is a reconstruction of a
/// publication, and each figure in it is either real, with the publication that states it, or a stand-in. Read only
/// when requests are answered from the snapshot; live, it is empty and nothing is marked.
/// </summary>
public sealed class ReconstructionManifest
{
    public const string Folder = "manifest";
    public const string SummaryFile = "summary.json";

    private readonly Dictionary<string, Dictionary<string, ReconstructionNote>> documents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ReconstructionShare> shares = new(StringComparer.OrdinalIgnoreCase);

    public ReconstructionManifest(IOptions<FetchOptions> options)
    {
        var o = options.Value;
        if (o.Mode != FetchMode.Offline || o.SnapshotPath is null)
        {
            return;
        }

        var folder = Path.Combine(o.SnapshotPath, Folder);
        if (!Directory.Exists(folder))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            if (Path.GetFileName(file) == SummaryFile)
            {
                SummaryPath = file;
                continue;
            }

            Read(file);
        }
    }

    /// <summary>Whether figures are being marked: a snapshot run whose snapshot carries manifests.</summary>
    public bool Active => shares.Count > 0;

    /// <summary>The manifests' summary file, when there is one.</summary>
    public string? SummaryPath { get; }

    /// <summary>Real and stand-in figures of each source with a manifest.</summary>
    public IReadOnlyDictionary<string, ReconstructionShare> Shares => shares;

    /// <summary>The note a figure of a reconstructed document carries; null for a document no manifest lists.</summary>
    public ReconstructionNote? Find(Uri documentUrl, Figure figure)
    {
        if (!documents.TryGetValue(documentUrl.AbsoluteUri, out var figures))
        {
            return null;
        }

        // A figure the manifest does not list is no real publication's: a reconstruction without a source to cite.
        return figures.GetValueOrDefault(Key(figure.Country, figure.Site, figure.Indicator, figure.Measure, figure.Period, figure.Value, figure.Low, figure.High))
            ?? ReconstructionNote.StandIn;
    }

    public ReconstructionShare? ShareOf(string sourceId) => shares.GetValueOrDefault(sourceId);

    private void Read(string file)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(file));
        var root = json.RootElement;
        var source = root.GetProperty("source").GetString()!;
        var summary = root.GetProperty("summary");
        shares[source] = new ReconstructionShare
        {
            Figures = summary.GetProperty("figures").GetInt32(),
            Real = summary.GetProperty("real").GetInt32(),
            Manifest = "seeds/snapshot/manifest/" + Path.GetFileName(file),
        };
        foreach (var document in root.GetProperty("documents").EnumerateArray())
        {
            var url = new Uri(document.GetProperty("url").GetString()!).AbsoluteUri;
            if (!documents.TryGetValue(url, out var figures))
            {
                documents[url] = figures = new Dictionary<string, ReconstructionNote>(StringComparer.Ordinal);
            }

            foreach (var f in document.GetProperty("figures").EnumerateArray())
            {
                var key = Key(
                    f.GetProperty("country").GetString()!, Text(f, "site"), f.GetProperty("indicator").GetString()!, f.GetProperty("measure").GetString()!,
                    f.GetProperty("period").GetString()!, Number(f, "value"), Number(f, "low"), Number(f, "high"));
                figures[key] = f.GetProperty("real").GetBoolean()
                    ? new ReconstructionNote(Text(f, "realUrl"), Text(f, "realPublished"))
                    : ReconstructionNote.StandIn;
            }
        }
    }

    private static string Key(string country, string? site, string indicator, string measure, string period, long? value, long? low, long? high) =>
        string.Join('|', country, site ?? "", indicator, measure, period, N(value), N(low), N(high));

    private static string N(long? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static string? Text(JsonElement e, string name) => e.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;

    private static long? Number(JsonElement e, string name) => e.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.Number ? p.GetInt64() : null;
}

/// <summary>A figure of a reconstructed document: the real publication that states it, or none for a stand-in.</summary>
public sealed record ReconstructionNote(string? RealUrl, string? RealPublished)
{
    public static ReconstructionNote StandIn { get; } = new(null, null);

    public bool Real => RealUrl is not null;
}

/// <summary>How many of a source's snapshot figures are real, and the manifest that lists them.</summary>
public sealed record ReconstructionShare
{
    public required int Figures { get; init; }
    public required int Real { get; init; }
    public required string Manifest { get; init; }

    /// <summary>Real figures as a share of all, 0–1, to four places.</summary>
    public double Share => Figures == 0 ? 0 : Math.Round((double)Real / Figures, 4);
}
