using MigrationFeeds.Parsing.Model;

namespace MigrationFeeds.Pipeline.Series;

/// <summary>What an indicator means, its unit, and whether a month's value is a flow or a month-end stock.</summary>
public sealed record IndicatorDefinition
{
    public required string Code { get; init; }

    /// <summary>The indicator in words, for people; the code stays the key.</summary>
    public string Name { get; init; } = "";

    public required string Definition { get; init; }
    public required string Unit { get; init; }

    /// <summary><c>month</c> for flows, <c>stock</c> for counts on a date.</summary>
    public required string MonthlyMeasure { get; init; }

    /// <summary>Computed by the project from other indicators, never read from a document.</summary>
    public bool Derived { get; init; }
}

public static class IndicatorCatalog
{
    public static IReadOnlyList<IndicatorDefinition> All { get; } =
    [
        Flow(Indicators.Arrivals, "Arrivals", "New irregular arrivals registered or detected by the authorities (Serbia: new arrivals to governmental centres)."),
        Flow(Indicators.UascArrivals, "Unaccompanied and separated children arriving", "Unaccompanied and separated children among arrivals."),
        Stock(Indicators.UascPresent, "Unaccompanied and separated children present", "Unaccompanied and separated children present or accommodated.", "persons"),
        Flow(Indicators.AsylumIntentions, "Intentions to seek asylum", "Persons who expressed an intention to seek asylum (attestation, certificate)."),
        Flow(Indicators.AsylumApplications, "Asylum applications", "Asylum claims lodged or registered, counted in persons, not cases."),
        Stock(Indicators.Accommodated, "Persons in reception centres", "Persons accommodated in reception, asylum or transit centres.", "persons"),
        Stock(Indicators.Capacity, "Reception capacity", "Places or beds in those centres (total, not free).", "places"),
        Stock(Indicators.PresentTotal, "Persons present (estimate)", "Estimated persons present in the country.", "persons"),
        Stock(Indicators.OutsideAccommodation, "Persons outside accommodation (estimate)", "Persons estimated to stay outside formal accommodation.", "persons"),
        new IndicatorDefinition
        {
            Code = Indicators.OccupancyRate,
            Name = "Occupancy rate",
            Definition = "Accommodated divided by capacity for the same country or site and month, in percent.",
            Unit = "percent",
            MonthlyMeasure = Measures.Stock,
            Derived = true,
        },
    ];

    public static IndicatorDefinition? Find(string code) => All.FirstOrDefault(i => i.Code == code);

    public static IndicatorDefinition Get(Indicator indicator) => Get(indicator.Code);

    public static IndicatorDefinition Get(string code) => Find(code) ?? throw new ArgumentException($"Unknown indicator {code}.", nameof(code));

    private static IndicatorDefinition Flow(string code, string name, string definition) =>
        new() { Code = code, Name = name, Definition = definition, Unit = "persons", MonthlyMeasure = Measures.Month };

    private static IndicatorDefinition Stock(string code, string name, string definition, string unit) =>
        new() { Code = code, Name = name, Definition = definition, Unit = unit, MonthlyMeasure = Measures.Stock };
}
