using System.Text.Json;
using MigrationFeeds.Parsing.Readers.Structured;

namespace MigrationFeeds.Parsing.Families.UnhcrOdp;

/// <summary>
/// One of the portal's population groups as a row lists it: its name and the codes that say what it counts.
/// A row of <c>population/get/origin</c> carries the codes itself, so a row without a group list is read as one group.
/// </summary>
internal sealed record PopulationGroup
{
    public required string Name { get; init; }

    /// <summary><c>pop_data_type_code</c>: NEW new arrivals, REG registered, EST estimated, AWT awaiting registration, …</summary>
    public string? DataType { get; init; }

    /// <summary><c>pop_frequency_code</c>: D daily, M monthly, A annual.</summary>
    public string? Frequency { get; init; }

    /// <summary><c>pop_frequency_cumulative_code</c>: C a running total, NC the count of one period.</summary>
    public string? Cumulative { get; init; }

    /// <summary><c>pop_accommodation_code</c>: C camps or centres, X not specified, …</summary>
    public string? Accommodation { get; init; }

    /// <summary><c>pop_type_code</c>: REF, ASY, OTH, …</summary>
    public string? PopulationType { get; init; }

    /// <summary>The codes as a reader would cite them, e.g. "NEW, M, NC".</summary>
    public string Codes => string.Join(", ", new[] { DataType, Frequency, Cumulative }.Select(c => c ?? "-"));

    public static IReadOnlyList<PopulationGroup> OfRow(JsonElement row)
    {
        if (row.TryGetProperty("population_groups", out var groups) && groups.ValueKind == JsonValueKind.Array && groups.GetArrayLength() > 0)
        {
            return [.. groups.EnumerateArray().Select(g => Read(g, JsonValues.Text(g, "name")))];
        }

        return [Read(row, JsonValues.Text(row, "population_groups") ?? JsonValues.Text(row, "pop_type_name"))];
    }

    private static PopulationGroup Read(JsonElement element, string? name) => new()
    {
        Name = name ?? "unnamed group",
        DataType = Code(element, "pop_data_type_code"),
        Frequency = Code(element, "pop_frequency_code"),
        Cumulative = Code(element, "pop_frequency_cumulative_code"),
        Accommodation = Code(element, "pop_accommodation_code"),
        PopulationType = Code(element, "pop_type_code"),
    };

    private static string? Code(JsonElement element, string name) =>
        JsonValues.Text(element, name) is { } code && code.Trim().Length > 0 ? code.Trim().ToUpperInvariant() : null;
}
