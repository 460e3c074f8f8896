using MigrationFeeds.Parsing.Model;

namespace MigrationFeeds.Pipeline.Sources;

/// <summary>The report series of UNHCR and IOM that ReliefWeb lists: each report's PDF, with its page beside it.</summary>
public static class ReliefWebSources
{
    /// <summary>UNHCR's monthly Operational Update for Bosnia and Herzegovina, read with its family's own parser.</summary>
    public static SourceDefinition UnhcrBihOperationalUpdate { get; } = new()
    {
        Id = "unhcr-bih-operational-update",
        Publisher = "UNHCR",
        Description = "UNHCR Bosnia and Herzegovina Operational Update (monthly PDF, listed by ReliefWeb)",
        Kind = SourceKind.Operational,
        Cadence = SourceCadence.Monthly,
        Discovery = new ReliefWebSearch
        {
            Query = new() { CountryIso3 = "bih", SourceShortName = "UNHCR", TitlePhrase = "Operational Update" },
            Country = CountryCode.BosniaAndHerzegovina,
            ReportTextCarriesFigures = true,
        },
        Parser = ParserCatalog.UnhcrBihOperationalUpdate,
        Coverage = new(
            [CountryCode.BosniaAndHerzegovina],
            [Indicator.Arrivals, Indicator.UascArrivals, Indicator.AsylumIntentions, Indicator.AsylumApplications, Indicator.Accommodated, Indicator.OutsideAccommodation]),
    };

    /// <summary>The country updates, read with the general extraction engine.</summary>
    public static IReadOnlyList<SourceDefinition> Updates { get; } =
    [
        new()
        {
            Id = "unhcr-serbia-update",
            Publisher = "UNHCR",
            Description = "UNHCR Serbia Update (monthly PDF, listed by ReliefWeb)",
            Kind = SourceKind.Operational,
            Cadence = SourceCadence.Monthly,
            Discovery = new ReliefWebSearch
            {
                Query = new() { CountryIso3 = "srb", SourceShortName = "UNHCR", TitlePhrase = "Serbia Update" },
                Country = CountryCode.Serbia,
            },
            Parser = ParserCatalog.General,
            Coverage = new(
                [CountryCode.Serbia],
                [Indicator.Arrivals, Indicator.UascPresent, Indicator.AsylumIntentions, Indicator.AsylumApplications,
                 Indicator.Accommodated, Indicator.OutsideAccommodation, Indicator.PresentTotal]),
        },
        new()
        {
            Id = "unhcr-mkd-update",
            Publisher = "UNHCR",
            Description = "UNHCR North Macedonia monthly update (PDF or ReliefWeb report text)",
            Kind = SourceKind.Operational,
            Cadence = SourceCadence.Monthly,
            Discovery = new ReliefWebSearch
            {
                Query = new() { CountryIso3 = "mkd", SourceShortName = "UNHCR", TitlePhrase = "North Macedonia Update" },
                Country = CountryCode.NorthMacedonia,
            },
            Parser = ParserCatalog.General,
            Coverage = new(
                [CountryCode.NorthMacedonia],
                [Indicator.Arrivals, Indicator.UascArrivals, Indicator.AsylumIntentions, Indicator.AsylumApplications,
                 Indicator.Accommodated, Indicator.OutsideAccommodation]),
        },
        new()
        {
            Id = "unhcr-mne-update",
            Publisher = "UNHCR",
            Description = "UNHCR Montenegro Update (monthly PDF, listed by ReliefWeb)",
            Kind = SourceKind.Operational,
            Cadence = SourceCadence.Monthly,
            Discovery = new ReliefWebSearch
            {
                Query = new() { CountryIso3 = "mne", SourceShortName = "UNHCR", TitlePhrase = "Montenegro Update" },
                Country = CountryCode.Montenegro,
            },
            Parser = ParserCatalog.General,
            Coverage = new(
                [CountryCode.Montenegro],
                [Indicator.Arrivals, Indicator.AsylumIntentions, Indicator.AsylumApplications, Indicator.Accommodated,
                 Indicator.Capacity, Indicator.OutsideAccommodation]),
        },
        new()
        {
            Id = "iom-bih-sitrep",
            Publisher = "IOM",
            Description = "IOM Bosnia and Herzegovina Migration Response situation report (monthly PDF, listed by ReliefWeb)",
            Kind = SourceKind.Operational,
            Cadence = SourceCadence.Monthly,
            Discovery = new ReliefWebSearch
            {
                // The weekly situation reports before the monthly series (2018 to July 2021) give partial-week stocks.
                Query = new() { CountryIso3 = "bih", SourceShortName = "IOM", TitlePhrase = "Migration Response", PublishedSince = new DateOnly(2021, 8, 1) },
                Country = CountryCode.BosniaAndHerzegovina,
            },
            Parser = ParserCatalog.General,
            Coverage = new(
                [CountryCode.BosniaAndHerzegovina],
                [Indicator.Arrivals, Indicator.Accommodated, Indicator.Capacity, Indicator.UascPresent, Indicator.OutsideAccommodation]),
        },
        new()
        {
            Id = "unhcr-alb-update",
            Publisher = "UNHCR",
            Description = "UNHCR Albania monthly update (PDF, listed by ReliefWeb)",
            Kind = SourceKind.Operational,
            Cadence = SourceCadence.Monthly,
            Discovery = new ReliefWebSearch
            {
                Query = new() { CountryIso3 = "alb", SourceShortName = "UNHCR", TitlePhrase = "Update" },
                Country = CountryCode.Albania,
            },
            Parser = ParserCatalog.General,
            Coverage = new(
                [CountryCode.Albania],
                [Indicator.Arrivals, Indicator.UascArrivals, Indicator.AsylumIntentions, Indicator.AsylumApplications, Indicator.Accommodated, Indicator.Capacity]),
        },
        new()
        {
            Id = "unhcr-xkx-update",
            Publisher = "UNHCR",
            Description = "UNHCR Kosovo (S/RES/1244 (1999)) monthly update (PDF or text, listed by ReliefWeb under Serbia)",
            Kind = SourceKind.Operational,
            Cadence = SourceCadence.Monthly,
            Discovery = new ReliefWebSearch
            {
                // From 2014: UNHCR's "Update on Kosovo" reports of 1998-1999 carry the same phrase and are filed under Serbia too.
                Query = new() { CountryIso3 = "srb", SourceShortName = "UNHCR", TitlePhrase = "Kosovo", PublishedSince = new DateOnly(2014, 1, 1) },
                // ReliefWeb has no country for Kosovo and files UNHCR's Kosovo reports under Serbia; the figures are Kosovo's.
                Country = CountryCode.Kosovo,
            },
            Parser = ParserCatalog.General,
            Coverage = new(
                [CountryCode.Kosovo],
                [Indicator.Arrivals, Indicator.UascArrivals, Indicator.AsylumIntentions, Indicator.AsylumApplications, Indicator.Accommodated]),
        },
    ];
}
