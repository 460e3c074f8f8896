using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Pipeline.Discovery;

namespace MigrationFeeds.Pipeline.Sources;

/// <summary>
/// The report series read with the general extraction engine. Each is one entry here, one timer function
/// <c>src/Functions/ingest-&lt;id&gt;/function.json</c> and its snapshot in <c>seeds/snapshot/&lt;id&gt;/</c>.
/// </summary>
public static class SourceDefinitions
{
    public static IReadOnlyList<ReliefWebSourceDefinition> ReliefWeb { get; } =
    [
        new()
        {
            Id = "unhcr-serbia-update",
            Publisher = "UNHCR",
            Description = "UNHCR Serbia Update (monthly PDF, listed by ReliefWeb)",
            Country = Countries.Serbia,
            Query = new() { CountryIso3 = "srb", SourceShortName = "UNHCR", TitlePhrase = "Serbia Update" },
            Coverage = new(
                [Countries.Serbia],
                [Indicators.Arrivals, Indicators.UascPresent, Indicators.AsylumIntentions, Indicators.AsylumApplications,
                 Indicators.Accommodated, Indicators.OutsideAccommodation, Indicators.PresentTotal]),
        },
        new()
        {
            Id = "unhcr-mkd-update",
            Publisher = "UNHCR",
            Description = "UNHCR North Macedonia monthly update (PDF or ReliefWeb report text)",
            Country = Countries.NorthMacedonia,
            Query = new() { CountryIso3 = "mkd", SourceShortName = "UNHCR", TitlePhrase = "North Macedonia Update" },
            Coverage = new(
                [Countries.NorthMacedonia],
                [Indicators.Arrivals, Indicators.UascArrivals, Indicators.AsylumIntentions, Indicators.AsylumApplications,
                 Indicators.Accommodated, Indicators.OutsideAccommodation]),
        },
        new()
        {
            Id = "unhcr-mne-update",
            Publisher = "UNHCR",
            Description = "UNHCR Montenegro Update (monthly PDF, listed by ReliefWeb)",
            Country = Countries.Montenegro,
            Query = new() { CountryIso3 = "mne", SourceShortName = "UNHCR", TitlePhrase = "Montenegro Update" },
            Coverage = new(
                [Countries.Montenegro],
                [Indicators.Arrivals, Indicators.AsylumIntentions, Indicators.AsylumApplications, Indicators.Accommodated,
                 Indicators.Capacity, Indicators.OutsideAccommodation]),
        },
    ];

    public static IReadOnlyList<IndexPageSourceDefinition> IndexPages { get; } =
    [
    ];
}
