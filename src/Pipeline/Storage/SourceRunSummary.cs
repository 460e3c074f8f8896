using System.Text.Json.Serialization;
using MigrationFeeds.Parsing.Model;

namespace MigrationFeeds.Pipeline.Storage;

/// <summary>What one ingest run of one source did.</summary>
public sealed record SourceRunSummary
{
    public required string SourceId { get; init; }
    public required DateTimeOffset StartedAt { get; init; }
    public required DateTimeOffset FinishedAt { get; init; }

    /// <summary><c>succeeded</c>, <c>partial</c> (some documents failed), <c>failed</c> (nothing could be done) or <c>skipped</c> (another run was under way).</summary>
    public required string Outcome { get; init; }

    public int Discovered { get; init; }
    public int Fetched { get; init; }
    public int NotModified { get; init; }
    public int Parsed { get; init; }
    public int Failed { get; init; }
    public int ObservationsWritten { get; init; }

    /// <summary>Documents skipped because they took the parse worker down on an earlier run (see the warnings).</summary>
    public int Quarantined { get; init; }
    /// <summary>The latest month the figures reach, or their year: stored and served as its text, <c>2022-10</c> or <c>2022</c>.</summary>
    [JsonConverter(typeof(PeriodJsonConverter))]
    public Period? LatestPeriod { get; init; }
    public IReadOnlyList<string> Errors { get; init; } = [];

    /// <summary>Signs that a source changed: documents with no or far fewer figures than the source usually yields.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>A run that only tried again documents that had failed (docs/operations.md), not a scheduled one.</summary>
    public bool Retry { get; init; }
}

public static class RunOutcome
{
    public const string Succeeded = "succeeded";
    public const string Partial = "partial";
    public const string Failed = "failed";

    /// <summary>Another run of the same source held its lease; this one did nothing.</summary>
    public const string Skipped = "skipped";
}
