using System.Text.Json;
using System.Text.Json.Serialization;

namespace MigrationFeeds.Pipeline.Fetch;

/// <summary>
/// Recorded responses keyed by URL: every <c>index.json</c> under the snapshot folder (one per source family,
/// so families are recorded independently), each naming its files relative to its own folder.
/// </summary>
internal sealed record SnapshotIndex
{
    [JsonPropertyName("entries")]
    public required IReadOnlyList<SnapshotEntry> Entries { get; init; }

    public static SnapshotIndex Load(string folder)
    {
        var entries = new List<SnapshotEntry>();
        foreach (var path in Directory.EnumerateFiles(folder, "index.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            using var stream = File.OpenRead(path);
            var index = JsonSerializer.Deserialize<SnapshotIndex>(stream, PipelineJson.Options)
                ?? throw new InvalidDataException($"{path} is empty.");
            var root = Path.GetDirectoryName(path)!;
            entries.AddRange(index.Entries.Select(e => e with { File = Path.Combine(root, e.File) }));
        }

        return new SnapshotIndex { Entries = entries };
    }
}

internal sealed record SnapshotEntry
{
    public required string Url { get; init; }
    public required string File { get; init; }
    public required string ContentType { get; init; }
    public string? Etag { get; init; }
    public string? LastModified { get; init; }
    public int Status { get; init; } = 200;

    /// <summary>GET unless the recording is of a POSTed query.</summary>
    public string Method { get; init; } = "GET";

    /// <summary>The POSTed query as recorded (JSON); a request with another query is not this recording.</summary>
    public JsonElement? Body { get; init; }
}
