using System.Text.Json;
using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Pipeline.Snapshot;

namespace MigrationFeeds.Pipeline.Storage;

/// <summary>
/// The <c>AlsoStatedIn</c> column of an observation row: where else the row's figure stands, as a JSON list of what
/// differs from the row (document, page, quote, retrieval); the figure itself is the row's.
/// </summary>
internal static class StatedInColumn
{
    public static string? Write(IReadOnlyList<Observation> also) =>
        also.Count == 0 ? null : JsonSerializer.Serialize(also.Select(ToEntry).ToList(), PipelineJson.Options);

    public static IReadOnlyList<Observation> Read(string? json, Observation row) =>
        json is null
            ? []
            : [.. (JsonSerializer.Deserialize<List<Entry>>(json, PipelineJson.Options) ?? []).Select(e => FromEntry(e, row))];

    private static Entry ToEntry(Observation o) => new()
    {
        DocumentUrl = o.DocumentUrl.AbsoluteUri,
        DocumentSha256 = o.DocumentSha256,
        Page = o.Figure.Page,
        Quote = EntityLimits.Fit(o.Figure.Quote)!,
        Confidence = o.Figure.Confidence,
        ParserVersion = o.ParserVersion,
        RetrievedAt = o.RetrievedAt,
        Published = o.Published,
        Reconstruction = o.Reconstruction is null ? null : true,
        RealUrl = o.Reconstruction?.RealUrl,
        RealPublished = o.Reconstruction?.RealPublished,
    };

    private static Observation FromEntry(Entry e, Observation row) => new()
    {
        Figure = row.Figure with { Page = e.Page, Quote = e.Quote, Confidence = e.Confidence },
        SourceId = row.SourceId,
        DocumentUrl = new Uri(e.DocumentUrl),
        DocumentSha256 = e.DocumentSha256,
        ParserVersion = e.ParserVersion,
        RetrievedAt = e.RetrievedAt,
        Published = e.Published,
        Reconstruction = e.Reconstruction == true ? new ReconstructionNote(e.RealUrl, e.RealPublished) : null,
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
