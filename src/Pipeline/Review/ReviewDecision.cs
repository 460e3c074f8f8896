using System.Text.Json.Serialization;
using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Pipeline.Series;

namespace MigrationFeeds.Pipeline.Review;

/// <summary>What a person decided about one figure (docs/series.md, "Review"). Decisions are appended, never changed.</summary>
public sealed record ReviewDecision
{
    public const string Confirm = "confirm";
    public const string Reject = "reject";
    public const string Correct = "correct";

    public static IReadOnlyList<string> Kinds { get; } = [Confirm, Reject, Correct];

    /// <summary>The figure's stable identity (<see cref="FigureIdentity"/>).</summary>
    public required string Id { get; init; }

    public required string DocumentSha256 { get; init; }
    [JsonConverter(typeof(CountryCodeJsonConverter))]
    public required CountryCode Country { get; init; }

    public string? Site { get; init; }

    [JsonConverter(typeof(IndicatorJsonConverter))]
    public required Indicator Indicator { get; init; }

    /// <summary>The figure's measure, its period's; served beside the period as before.</summary>
    public string Measure => Period.MeasureCode;

    /// <summary>The figure's period with its measure, written as the vocabulary's text.</summary>
    [JsonConverter(typeof(PeriodJsonConverter))]
    public required Period Period { get; init; }

    /// <summary><see cref="Confirm"/>, <see cref="Reject"/> or <see cref="Correct"/>.</summary>
    public required string Decision { get; init; }

    /// <summary>The reviewer's value, for a correction.</summary>
    public long? Value { get; init; }

    public string? Note { get; init; }
    public required string Reviewer { get; init; }
    public required DateTimeOffset DecidedAt { get; init; }

    /// <summary>The figure's state before this decision: the earlier decision, or the value as read.</summary>
    public required string Previous { get; init; }
}

/// <summary>A decision as a served figure carries it: who decided what, when, and the value as read beside the reviewer's.</summary>
public sealed record AppliedReview
{
    public required string Decision { get; init; }
    public long? Value { get; init; }
    public long? OriginalValue { get; init; }
    public required string Reviewer { get; init; }
    public required DateTimeOffset DecidedAt { get; init; }
    public string? Note { get; init; }
}
