using MigrationFeeds.Pipeline.Storage;

namespace MigrationFeeds.Pipeline.Series;

/// <summary>
/// A check a point failed (docs/series.md): which check, a sentence a reader can act on, and the figures it was
/// compared with, each with its provenance. A flagged point is still served.
/// </summary>
public sealed record SeriesFlag
{
    /// <summary>One of <see cref="SeriesChecks.Codes"/>.</summary>
    public required string Code { get; init; }

    public required string Message { get; init; }

    public IReadOnlyList<Provenance> Compared { get; init; } = [];
}
