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
            Id = "iom-bih-sitrep",
            Publisher = "IOM",
            Description = "IOM Bosnia and Herzegovina Migration Response situation report (monthly PDF, listed by ReliefWeb)",
            Country = Countries.BosniaAndHerzegovina,
            // The weekly situation reports before the monthly series (2018 to July 2021) give partial-week stocks.
            Query = new() { CountryIso3 = "bih", SourceShortName = "IOM", TitlePhrase = "Migration Response", PublishedSince = new DateOnly(2021, 8, 1) },
            Coverage = new(
                [Countries.BosniaAndHerzegovina],
                [Indicators.Arrivals, Indicators.Accommodated, Indicators.Capacity, Indicators.UascPresent, Indicators.OutsideAccommodation]),
        },
        new()
        {
            Id = "unhcr-alb-update",
            Publisher = "UNHCR",
            Description = "UNHCR Albania monthly update (PDF, listed by ReliefWeb)",
            Country = Countries.Albania,
            Query = new() { CountryIso3 = "alb", SourceShortName = "UNHCR", TitlePhrase = "Update" },
            Coverage = new(
                [Countries.Albania],
                [Indicators.Arrivals, Indicators.UascArrivals, Indicators.AsylumIntentions, Indicators.AsylumApplications, Indicators.Accommodated, Indicators.Capacity]),
        },
        new()
        {
            Id = "unhcr-xkx-update",
            Publisher = "UNHCR",
            Description = "UNHCR Kosovo (S/RES/1244 (1999)) monthly update (PDF or text, listed by ReliefWeb under Serbia)",
            // ReliefWeb has no country for Kosovo and files UNHCR's Kosovo reports under Serbia; the figures are Kosovo's.
            Country = Countries.Kosovo,
            // From 2023: UNHCR's "Update on Kosovo" reports of 1998-1999 carry the same phrase and are filed under Serbia too.
            Query = new() { CountryIso3 = "srb", SourceShortName = "UNHCR", TitlePhrase = "Kosovo", PublishedSince = new DateOnly(2023, 1, 1) },
            Coverage = new(
                [Countries.Kosovo],
                [Indicators.Arrivals, Indicators.UascArrivals, Indicators.AsylumIntentions, Indicators.AsylumApplications, Indicators.Accommodated]),
        },
    ];

    public static IReadOnlyList<IndexPageSourceDefinition> IndexPages { get; } =
    [
    ];
}
