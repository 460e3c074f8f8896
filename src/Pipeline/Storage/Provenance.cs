using System.Text.Json.Serialization;
using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Pipeline.Review;

namespace MigrationFeeds.Pipeline.Storage;

/// <summary>
/// Where a figure stands: document, page and sentence, which parser read it, when it was published and retrieved. Made
/// once, when an observation is made or read from its row, and carried as is by series points, alternatives, checks,
/// history, review items and the served JSON. As served (<see cref="Of"/>) it also names the figure it cites and a
/// person's decision about it; those are never stored with it.
/// </summary>
public sealed record Provenance : IJsonOnDeserialized
{
    private Period? period;

    public required string SourceId { get; init; }
    public required string DocumentUrl { get; init; }
    public required string DocumentSha256 { get; init; }
    public required int Page { get; init; }
    public required string Quote { get; init; }

    /// <summary>The cited figure's measure, its period's; set as it is served.</summary>
    public string? Measure { get; init; }

    /// <summary>
    /// The cited figure's own period as the document states it (an interval for a cumulative figure); set as it is
    /// served, and written as the vocabulary's text.
    /// </summary>
    [JsonConverter(typeof(PeriodJsonConverter))]
    public Period? Period { get => period; init => period = value; }

    /// <summary>The cited figure's value, or its range; set as it is served.</summary>
    public long? Value { get; init; }

    public long? Low { get; init; }
    public long? High { get; init; }
    public DateOnly? Published { get; init; }
    public required DateTimeOffset RetrievedAt { get; init; }
    public required string ParserVersion { get; init; }

    /// <summary>How sure the reading of the figure is, 0–1.</summary>
    public double Confidence { get; init; } = 1;

    /// <summary>
    /// True when the document is a reconstruction in the recorded snapshot, not the publication itself; absent for a
    /// document fetched live.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? Reconstruction { get; init; }

    /// <summary>For a real figure of a reconstruction: the real publication that states it; absent for a stand-in.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? RealPublicationUrl { get; init; }

    /// <summary>When that real publication was published.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? RealPublished { get; init; }

    /// <summary>A person's decision about this figure: for a correction, the reviewer's value beside the value as read; set as it is served.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public AppliedReview? Review { get; init; }

    /// <summary>
    /// The same figure where another document of the same report states it (the report's text beside its PDF), each
    /// with its own document, page and quote; absent when one document states it.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<Provenance>? AlsoStatedIn { get; init; }

    /// <summary>Who published the document; set as the figure is served.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Publisher { get; init; }

    /// <summary>The document's title as its listing gives it; set as the figure is served, when known.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? DocumentTitle { get; init; }

    /// <summary>
    /// An observation's provenance as served: with the figure it cites and the decision in force. The other documents
    /// that state it cite the figure as read, unless a correction already pinned what they state (see <c>ReviewDecisions</c>).
    /// </summary>
    public static Provenance Of(Observation o) => o.Provenance.Citing(o) with
    {
        Review = o.Review,
        AlsoStatedIn = o.Provenance.AlsoStatedIn is { Count: > 0 } also ? [.. also.Select(a => a.Period is null ? a.Citing(o) : a)] : null,
    };

    /// <summary>This provenance naming the figure that stands there, with its period as the observation read it.</summary>
    public Provenance Citing(Observation o) =>
        this with { Measure = o.Figure.Measure, Period = o.Period, Value = o.Figure.Value, Low = o.Figure.Low, High = o.Figure.High };

    /// <summary>A month's text alone reads as a flow: read as served, a stock's month is read again with its measure.</summary>
    void IJsonOnDeserialized.OnDeserialized()
    {
        if (period is { } read && Measure is not null && read.MeasureCode != Measure)
        {
            period = global::MigrationFeeds.Parsing.Model.Period.TryParse(Measure, read.ToString(), out var measured) ? measured : read;
        }
    }
}
