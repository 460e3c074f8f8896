using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Pipeline.Storage;

namespace MigrationFeeds.Pipeline.Series;

/// <summary>
/// One series partition: a country (or the region) and an indicator. The observations, the materialised series and the
/// review decisions of a pair share it; <see cref="TableKeys"/> alone writes it as text.
/// </summary>
public readonly record struct SeriesKey(CountryCode Country, Indicator Indicator)
{
    /// <summary>The partition an observation belongs to; null when its country or indicator is not of the vocabulary.</summary>
    public static SeriesKey? Of(Observation observation) =>
        observation.Country is { } country && observation.Indicator is { } indicator ? new(country, indicator) : null;

    /// <summary>The pair of codes as text is written (a row's columns, a figure's id); null when either is not of the vocabulary.</summary>
    public static SeriesKey? Parse(string? country, string? indicator) =>
        CountryCode.TryParse(country, out var c) && Indicator.TryParse(indicator, out var i) ? new(c, i) : null;

    /// <summary>The same country's series of another indicator.</summary>
    public SeriesKey With(Indicator indicator) => this with { Indicator = indicator };
}
