using System.Text.Json;
using System.Text.Json.Serialization;

namespace MigrationFeeds.Pipeline.Fetch;

/// <summary>seeds/snapshot/index.json: recorded responses keyed by URL.</summary>
internal sealed record SnapshotIndex
{
    [JsonPropertyName("entries")]
    public required IReadOnlyList<SnapshotEntry> Entries { get; init; }

    public static SnapshotIndex Load(string folder)
    {
        var path = Path.Combine(folder, "index.json");
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<SnapshotIndex>(stream, PipelineJson.Options)
            ?? throw new InvalidDataException($"{path} is empty.");
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
}
