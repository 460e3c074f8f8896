using System.Text.Json.Serialization;
using MigrationFeeds.Parsing.Model;

namespace MigrationFeeds.Pipeline.Series;

/// <summary>What one source means by one indicator: an id points carry, a short name and a sentence.</summary>
public sealed record IndicatorMeaning
{
    /// <summary><c>indicator.meaning</c>, e.g. <c>arrivals.centre-admissions</c>; points with the same id add up.</summary>
    public required string Id { get; init; }

    /// <summary>Written as its code, <c>arrivals</c>.</summary>
    [JsonConverter(typeof(IndicatorJsonConverter))]
    public required Indicator Indicator { get; init; }
    public required string Name { get; init; }
    public required string Sentence { get; init; }
}

/// <summary>
/// The definitions behind each source's indicators. Publications name different things with one word: Serbia's
/// "arrivals" are new arrivals to governmental centres, Bosnia and Herzegovina's are irregular entries the authorities
/// detected, Frontex's are detections of illegal border crossings on the route. A point carries the id of its
/// definition, and the regional sum says when it adds figures of different definitions.
/// </summary>
public static class SourceDefinitionCatalog
{
    public static IReadOnlyList<IndicatorMeaning> Special { get; } =
    [
        new()
        {
            Id = "arrivals.detected",
            Indicator = Indicator.Arrivals,
            Name = "Irregular arrivals detected or registered by the authorities",
            Sentence = "Persons detected or registered by the police or the foreigners' service after entering or staying irregularly, in the month.",
        },
        new()
        {
            Id = "arrivals.centre-admissions",
            Indicator = Indicator.Arrivals,
            Name = "New arrivals to governmental centres",
            Sentence = "Persons newly admitted to the government's asylum and reception centres in the month; people who never enter a centre are not counted.",
        },
        new()
        {
            Id = "arrivals.route-detections",
            Indicator = Indicator.Arrivals,
            Name = "Detections of illegal border crossings, Western Balkan route",
            Sentence = "Illegal border crossings detected at the EU's external borders on the Western Balkan route, as Member States report them to Frontex; a person detected twice counts twice.",
        },
        new()
        {
            Id = "asylum_applications.first-time",
            Indicator = Indicator.AsylumApplications,
            Name = "First-time asylum applicants",
            Sentence = "Persons who lodged an application for international protection for the first time in the reporting country (Eurostat).",
        },
    ];

    /// <summary>(source, indicator) to the definition the source's publications use where it is not the indicator's own.</summary>
    private static readonly Dictionary<(string Source, Indicator Indicator), string> BySource = new()
    {
        [("unhcr-serbia-update", Indicator.Arrivals)] = "arrivals.centre-admissions",
        [("kirs-srb", Indicator.Arrivals)] = "arrivals.centre-admissions",
        [("frontex-wb-route", Indicator.Arrivals)] = "arrivals.route-detections",
        [("eurostat-asylum", Indicator.AsylumApplications)] = "asylum_applications.first-time",
    };

    /// <summary>The definition id of a source's indicator: a special one where the source's differs, else the indicator's own.</summary>
    public static string IdFor(string sourceId, Indicator indicator) =>
        BySource.TryGetValue((sourceId.ToLowerInvariant(), indicator), out var id) ? id
        : indicator == Indicator.Arrivals ? "arrivals.detected"
        : indicator.Code;

    public static IndicatorMeaning Get(string id) =>
        Special.FirstOrDefault(m => m.Id == id)
        ?? (IndicatorCatalog.Find(id) is { } own
            ? new IndicatorMeaning { Id = own.Code, Indicator = Indicator.Parse(own.Code), Name = own.Name, Sentence = own.Definition }
            : throw new ArgumentException($"Unknown definition {id}.", nameof(id)));

    public static IndicatorMeaning For(string sourceId, Indicator indicator) => Get(IdFor(sourceId, indicator));
}
