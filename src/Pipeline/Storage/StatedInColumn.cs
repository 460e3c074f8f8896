using System.Text.Json;

namespace MigrationFeeds.Pipeline.Storage;

/// <summary>
/// The <c>AlsoStatedIn</c> column of an observation row: where else the row's figure stands, as a JSON list of what
/// differs from the row (document, page, quote, retrieval); the figure and its source are the row's.
/// </summary>
internal static class StatedInColumn
{
    public static string? Write(IReadOnlyList<Provenance>? also) =>
        also is not { Count: > 0 }
            ? null
            : JsonSerializer.Serialize(also.Select(p => ProvenanceColumns.Of(p, new ProvenanceColumns())).ToList(), PipelineJson.Options);

    /// <param name="sourceId">The row's source, which every entry shares.</param>
    public static IReadOnlyList<Provenance> Read(string json, string sourceId) =>
        [.. (JsonSerializer.Deserialize<List<ProvenanceColumns>>(json, PipelineJson.Options) ?? []).Select(e => e.ToProvenance(sourceId))];
}
