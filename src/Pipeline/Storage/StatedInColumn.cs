using System.Text.Json;

namespace MigrationFeeds.Pipeline.Storage;

/// <summary>
/// The <c>AlsoStatedIn</c> column of an observation row: where else the row's figure stands, as a JSON list of what
/// differs from the row (document, page, quote, retrieval); the figure and its source are the row's.
/// </summary>
internal static class StatedInColumn
{
    public static string? Write(IReadOnlyList<Provenance>? also) =>
        also is not { Count: > 0 } ? null : JsonSerializer.Serialize(also.Select(ToEntry).ToList(), PipelineJson.Options);

    /// <param name="sourceId">The row's source, which every entry shares.</param>
    public static IReadOnlyList<Provenance> Read(string json, string sourceId) =>
        [.. (JsonSerializer.Deserialize<List<Entry>>(json, PipelineJson.Options) ?? []).Select(e => FromEntry(e, sourceId))];

    private static Entry ToEntry(Provenance p) => new()
    {
        DocumentUrl = p.DocumentUrl,
        DocumentSha256 = p.DocumentSha256,
        Page = p.Page,
        Quote = EntityLimits.Fit(p.Quote)!,
        Confidence = p.Confidence,
        ParserVersion = p.ParserVersion,
        RetrievedAt = p.RetrievedAt,
        Published = p.Published,
        Reconstruction = p.Reconstruction,
        RealUrl = p.RealPublicationUrl,
        RealPublished = p.RealPublished,
    };

    private static Provenance FromEntry(Entry e, string sourceId) => new()
    {
        SourceId = sourceId,
        DocumentUrl = new Uri(e.DocumentUrl).AbsoluteUri,
        DocumentSha256 = e.DocumentSha256,
        Page = e.Page,
        Quote = e.Quote,
        Confidence = e.Confidence,
        ParserVersion = e.ParserVersion,
        RetrievedAt = e.RetrievedAt,
        Published = e.Published,
        Reconstruction = e.Reconstruction == true ? true : null,
        RealPublicationUrl = e.Reconstruction == true ? e.RealUrl : null,
        RealPublished = e.Reconstruction == true ? e.RealPublished : null,
    };

    private sealed record Entry
    {
        public required string DocumentUrl { get; init; }
        public required string DocumentSha256 { get; init; }
        public required int Page { get; init; }
        public required string Quote { get; init; }
        public double Confidence { get; init; } = 1;
        public required string ParserVersion { get; init; }
        public required DateTimeOffset RetrievedAt { get; init; }
        public DateOnly? Published { get; init; }
        public bool? Reconstruction { get; init; }
        public string? RealUrl { get; init; }
        public string? RealPublished { get; init; }
    }
}
