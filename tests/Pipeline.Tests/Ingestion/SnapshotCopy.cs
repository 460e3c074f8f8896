using System.Text.Json.Nodes;
using MigrationFeeds.TestSupport;

namespace MigrationFeeds.Pipeline.Tests.Ingestion;

/// <summary>A copy of the recorded snapshot that a test may alter, to simulate an upstream's misbehaviour.</summary>
internal sealed class SnapshotCopy
{
    /// <summary>The source whose recordings a test alters unless it names another.</summary>
    private const string DefaultSource = "unhcr-bih-operational-update";

    private SnapshotCopy(string folder) => Folder = folder;

    public string Folder { get; }

    public static SnapshotCopy Create()
    {
        var source = RepoRoot.Combine("seeds", "snapshot");
        var folder = Directory.CreateTempSubdirectory("snapshot").FullName;
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(folder, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return new SnapshotCopy(folder);
    }

    /// <summary>Serves other bytes (and a new validator) at a recorded URL.</summary>
    /// <param name="source">The source whose own folder (seeds/snapshot/&lt;source&gt;/) records the URL; by default the BiH operational update.</param>
    public void Replace(string url, byte[] content, string contentType, string source = DefaultSource)
    {
        var folder = Path.Combine(Folder, source);
        var index = Index(folder);
        var entry = Entries(index).First(e => (string)e["url"]! == url);
        var file = "files/replaced-" + Guid.NewGuid().ToString("N");
        File.WriteAllBytes(Path.Combine(folder, file), content);
        entry["file"] = file;
        entry["contentType"] = contentType;
        entry["etag"] = "\"" + Guid.NewGuid().ToString("N") + "\"";
        Save(index, folder);
    }

    /// <summary>Removes recorded URLs of the BiH operational update, so the replay answers 404 for them.</summary>
    public void Remove(Func<string, bool> matches)
    {
        var index = Index();
        var entries = (JsonArray)index["entries"]!;
        foreach (var e in entries.Where(e => matches((string)e!["url"]!)).ToList())
        {
            entries.Remove(e);
        }

        Save(index);
    }

    /// <summary>A one-page PDF holding one sentence, to stand in for a recorded document.</summary>
    public static byte[] OnePagePdf(string sentence)
    {
        var builder = new UglyToad.PdfPig.Writer.PdfDocumentBuilder();
        var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        var font = builder.AddStandard14Font(UglyToad.PdfPig.Fonts.Standard14Fonts.Standard14Font.Helvetica);
        page.AddText(sentence, 11, new UglyToad.PdfPig.Core.PdfPoint(50, 700), font);
        return builder.Build();
    }

    /// <summary>
    /// Changes the report texts of the BiH operational update's ReliefWeb listing (each report's <c>fields</c>, by its
    /// page's URL); a text edited to nothing leaves its report to its PDF alone.
    /// </summary>
    public void EditReportTexts(Func<string, string, string> edit)
    {
        var folder = Path.Combine(Folder, DefaultSource);
        var entry = Entries(Index()).First(e => ((string)e["file"]!).StartsWith("files/api/", StringComparison.Ordinal));
        var listing = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, (string)entry["file"]!)))!;
        foreach (var fields in listing["data"]!.AsArray().Select(r => r!["fields"]!))
        {
            var text = edit((string)fields["url_alias"]!, (string)fields["body-html"]!);
            fields["body-html"] = text;
            fields["body"] = text;
        }

        Replace((string)entry["url"]!, System.Text.Encoding.UTF8.GetBytes(listing.ToJsonString()), "application/json");
    }

    public IEnumerable<string> Urls() => Entries(Index()).Select(e => (string)e["url"]!);

    private JsonNode Index(string? folder = null) => JsonNode.Parse(File.ReadAllText(Path.Combine(folder ?? Path.Combine(Folder, DefaultSource), "index.json")))!;

    private static IEnumerable<JsonObject> Entries(JsonNode index) => ((JsonArray)index["entries"]!).Select(e => (JsonObject)e!);

    private void Save(JsonNode index, string? folder = null) => File.WriteAllText(Path.Combine(folder ?? Path.Combine(Folder, DefaultSource), "index.json"), index.ToJsonString());
}
