using System.Text.Json.Serialization;
using MigrationFeeds.Parsing.Language.Periods;
using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Pipeline.Storage;

namespace MigrationFeeds.Pipeline.Series;

/// <summary>One month of one country (or site, or the region) with the value a reader should cite and why.</summary>
public sealed record SeriesPoint
{
    /// <summary>Written as its code, <c>BIH</c>.</summary>
    [JsonConverter(typeof(CountryCodeJsonConverter))]
    public required CountryCode Country { get; init; }

    public string? Site { get; init; }

    /// <summary>The point's calendar month (a month period, whatever the indicator's measure), written <c>2022-10</c>.</summary>
    [JsonConverter(typeof(MonthPeriodJsonConverter))]
    public required Period Period { get; init; }

    /// <summary>The same month, for arithmetic on months.</summary>
    [JsonIgnore]
    public YearMonth Month => YearMonth.From(Period.First);

    public decimal? Value { get; init; }
    public long? Low { get; init; }
    public long? High { get; init; }
    public bool Approximate { get; init; }

    /// <summary>The source id of the chosen value; <c>derived</c> for a rate computed from two indicators; <c>sum</c> for the region.</summary>
    public required string Source { get; init; }

    /// <summary>Computed (from cumulative figures, from other indicators, or as a regional sum), not stated as such.</summary>
    public bool Derived { get; init; }

    /// <summary>Another source's value for this point differs from the chosen one by more than the tolerance.</summary>
    public bool Conflict { get; init; }

    /// <summary>Where the chosen value was read; null for derived and regional points (see <see cref="Inputs"/>).</summary>
    public Provenance? Provenance { get; init; }

    /// <summary>Every stated figure a derived value was computed from.</summary>
    public IReadOnlyList<Provenance> Inputs { get; init; } = [];

    /// <summary>Other sources' values for the same point, with their provenance.</summary>
    public IReadOnlyList<AlternativeValue> Alternatives { get; init; } = [];

    /// <summary>
    /// <c>confirmed</c> or <c>corrected</c> when a person reviewed the figure it was read from (every figure, for a derived
    /// point); absent otherwise.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Review { get; init; }

    /// <summary>The checks this point failed (docs/series.md); empty when it passed them all.</summary>
    public IReadOnlyList<SeriesFlag> Flags { get; init; } = [];

    /// <summary>Region only: whether all six countries contributed.</summary>
    public bool? Complete { get; init; }

    /// <summary>Region only: the countries that contributed.</summary>
    public IReadOnlyList<string>? Coverage { get; init; }

    /// <summary>The indicator of the point, set as it is served (a request may ask for several), written as its code.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonConverter(typeof(IndicatorJsonConverter))]
    public Indicator? Indicator { get; init; }

    /// <summary>
    /// The id of what the value counts (<c>arrivals.centre-admissions</c>, see /api/catalog): points with the same id add
    /// up. Null for a regional sum of figures of different definitions (see <see cref="MixedDefinitions"/>).
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Definition { get; init; }

    /// <summary>Region only: the definitions of the country figures added up, when they differ.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? MixedDefinitions { get; init; }

    /// <summary>A reference to paste: publisher, title, page, date, address and the day it was retrieved here; set as served.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Citation { get; init; }
}

public sealed record AlternativeValue
{
    public required string Source { get; init; }
    public decimal? Value { get; init; }
    public long? Low { get; init; }
    public long? High { get; init; }
    public bool Approximate { get; init; }
    public bool Derived { get; init; }
    public IReadOnlyList<Provenance> Provenance { get; init; } = [];
}
