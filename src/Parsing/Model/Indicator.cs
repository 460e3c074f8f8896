using MigrationFeeds.Parsing.Model;
using System.Diagnostics.CodeAnalysis;

namespace MigrationFeeds.Parsing.Model;

/// <summary>Whether an indicator counts events over a period or things at a point in time.</summary>
public enum IndicatorKind
{
    /// <summary>Arrivals, intentions, applications: month, year or cumulative.</summary>
    Flow,

    /// <summary>Persons accommodated, places, persons outside accommodation: stock.</summary>
    Stock,

    /// <summary>Computed by the project from other indicators (the occupancy rate), never read from a document.</summary>
    Derived,
}

/// <summary>One indicator of the shared vocabulary (shared/DOMAIN.md): its code and whether it is a flow or a stock.</summary>
public readonly record struct Indicator
{
    private Indicator(string code, IndicatorKind kind)
    {
        Code = code;
        Kind = kind;
    }

    public string Code { get; }

    public IndicatorKind Kind { get; }

    public static Indicator Arrivals { get; } = new(Indicators.Arrivals, IndicatorKind.Flow);
    public static Indicator UascArrivals { get; } = new(Indicators.UascArrivals, IndicatorKind.Flow);
    public static Indicator UascPresent { get; } = new(Indicators.UascPresent, IndicatorKind.Stock);
    public static Indicator AsylumIntentions { get; } = new(Indicators.AsylumIntentions, IndicatorKind.Flow);
    public static Indicator AsylumApplications { get; } = new(Indicators.AsylumApplications, IndicatorKind.Flow);
    public static Indicator Accommodated { get; } = new(Indicators.Accommodated, IndicatorKind.Stock);
    public static Indicator Capacity { get; } = new(Indicators.Capacity, IndicatorKind.Stock);
    public static Indicator PresentTotal { get; } = new(Indicators.PresentTotal, IndicatorKind.Stock);
    public static Indicator OutsideAccommodation { get; } = new(Indicators.OutsideAccommodation, IndicatorKind.Stock);
    public static Indicator OccupancyRate { get; } = new(Indicators.OccupancyRate, IndicatorKind.Derived);

    public static IReadOnlyList<Indicator> All { get; } =
    [
        Arrivals, UascArrivals, UascPresent, AsylumIntentions, AsylumApplications,
        Accommodated, Capacity, PresentTotal, OutsideAccommodation, OccupancyRate,
    ];

    public bool IsFlow => Kind == IndicatorKind.Flow;

    /// <summary>
    /// The indicator whose persons include this one's: those who apply expressed an intention first, and those who
    /// express one arrived; the persons in centres, outside them and the unaccompanied children are among those present.
    /// </summary>
    public Indicator? Within => Code switch
    {
        Indicators.AsylumApplications => AsylumIntentions,
        Indicators.AsylumIntentions or Indicators.UascArrivals => Arrivals,
        Indicators.Accommodated or Indicators.OutsideAccommodation or Indicators.UascPresent => PresentTotal,
        _ => null,
    };

    /// <summary>Whether this indicator's persons include the other's, directly or through another.</summary>
    public bool Includes(Indicator other)
    {
        for (var within = other.Within; within is { } w; within = w.Within)
        {
            if (w == this)
            {
                return true;
            }
        }

        return false;
    }

    public static bool TryParse([NotNullWhen(true)] string? code, out Indicator indicator)
    {
        foreach (var known in All)
        {
            if (string.Equals(known.Code, code, StringComparison.Ordinal))
            {
                indicator = known;
                return true;
            }
        }

        indicator = default;
        return false;
    }

    public static Indicator Parse(string code) =>
        TryParse(code, out var indicator) ? indicator : throw new FormatException($"'{code}' is not an indicator code.");

    public override string ToString() => Code;
}
