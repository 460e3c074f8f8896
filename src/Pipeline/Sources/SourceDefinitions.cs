using System.Text.RegularExpressions;
using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Pipeline.Discovery;

namespace MigrationFeeds.Pipeline.Sources;

/// <summary>
/// The report series read with the general extraction engine. Each is one entry here, one timer function
/// <c>src/Functions/ingest-&lt;id&gt;/function.json</c> and its snapshot in <c>seeds/snapshot/&lt;id&gt;/</c>.
/// </summary>
public static partial class SourceDefinitions
{
    public static IReadOnlyList<ReliefWebSourceDefinition> ReliefWeb { get; } =
    [
        new()
        {
            Id = "unhcr-serbia-update",
            Publisher = "UNHCR",
            Description = "UNHCR Serbia Update (monthly PDF, listed by ReliefWeb)",
            Country = Countries.Serbia,
            Cadence = SourceCadence.Monthly,
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
            Cadence = SourceCadence.Monthly,
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
            Cadence = SourceCadence.Monthly,
            Query = new() { CountryIso3 = "mne", SourceShortName = "UNHCR", TitlePhrase = "Montenegro Update" },
            Coverage = new(
                [Countries.Montenegro],
                [Indicators.Arrivals, Indicators.AsylumIntentions, Indicators.AsylumApplications, Indicators.Accommodated,
                 Indicators.Capacity, Indicators.OutsideAccommodation]),
        },
        new()
        {
            Id = "iom-bih-sitrep",
            Publisher = "IOM",
            Description = "IOM Bosnia and Herzegovina Migration Response situation report (monthly PDF, listed by ReliefWeb)",
            Country = Countries.BosniaAndHerzegovina,
            Cadence = SourceCadence.Monthly,
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
            Cadence = SourceCadence.Monthly,
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
            Cadence = SourceCadence.Monthly,
            // From 2014: UNHCR's "Update on Kosovo" reports of 1998-1999 carry the same phrase and are filed under Serbia too.
            Query = new() { CountryIso3 = "srb", SourceShortName = "UNHCR", TitlePhrase = "Kosovo", PublishedSince = new DateOnly(2014, 1, 1) },
            Coverage = new(
                [Countries.Kosovo],
                [Indicators.Arrivals, Indicators.UascArrivals, Indicators.AsylumIntentions, Indicators.AsylumApplications, Indicators.Accommodated]),
        },
    ];

    public static IReadOnlyList<IndexPageSourceDefinition> IndexPages { get; } =
    [
        new()
        {
            Id = "kirs-srb",
            Publisher = "Commissariat for Refugees and Migration of the Republic of Serbia (KIRS)",
            Description = "Information on migrants in Serbia's asylum and reception centres, monthly, and the Commissariat's "
                + "statements on the year: arrivals to the centres, persons accommodated per centre, capacity, unaccompanied "
                + "children; in Serbian, Latin and Cyrillic.",
            Country = Countries.Serbia,
            Cadence = SourceCadence.Monthly,
            // The Latin pages of the site; its Cyrillic pages list the same documents.
            IndexPages =
            [
                new Uri("https://kirs.gov.rs/lat/migracije/informacije-o-migrantima"),
                new Uri("https://kirs.gov.rs/lat/migracije/informacije-o-migrantima?page=2"),
            ],
            DocumentLink = KirsDocument(),
            Coverage = new([Countries.Serbia], [Indicators.Arrivals, Indicators.Accommodated, Indicators.Capacity, Indicators.UascPresent]),
        },
        new()
        {
            Id = "bih-sfa-monthly",
            Publisher = "Service for Foreigners' Affairs of Bosnia and Herzegovina (Ministry of Security)",
            Description = "Monthly information on migration in Bosnia and Herzegovina: irregular migrants registered, intentions "
                + "to seek asylum, asylum applications, persons in the reception centres and outside them; in Bosnian, "
                + "some months in Croatian or Serbian.",
            Country = Countries.BosniaAndHerzegovina,
            Cadence = SourceCadence.Monthly,
            IndexPages = [new Uri("https://sps.gov.ba/?page_id=1938")],
            DocumentLink = SfaDocument(),
            Coverage = new(
                [Countries.BosniaAndHerzegovina],
                [Indicators.Arrivals, Indicators.UascArrivals, Indicators.AsylumIntentions, Indicators.AsylumApplications,
                 Indicators.Accommodated, Indicators.Capacity, Indicators.OutsideAccommodation]),
        },
        new()
        {
            Id = "mne-police",
            Publisher = "Police Directorate (Uprava policije), Montenegro",
            Description = "Montenegro's Police Directorate on irregular migration, monthly (gov.me news articles, from March 2023 a PDF statistical overview), in Montenegrin",
            Country = Countries.Montenegro,
            Cadence = SourceCadence.Monthly,
            // The portal's search for the series, newest first: the monthly articles and documents and other news.
            IndexPages =
            [
                new Uri("https://www.gov.me/pretraga?q=neregularne+migracije&sort=published_at&page=1"),
                new Uri("https://www.gov.me/pretraga?q=neregularne+migracije&sort=published_at&page=2"),
            ],
            DocumentLink = MnePoliceDocument(),
            DocumentHosts = ["wapi.gov.me"],
            Coverage = new(
                [Countries.Montenegro],
                [Indicators.Arrivals, Indicators.UascArrivals, Indicators.AsylumIntentions, Indicators.AsylumApplications, Indicators.Accommodated, Indicators.Capacity]),
        },
        new()
        {
            Id = "mkd-mvr",
            Publisher = "Ministry of Interior (MVR), North Macedonia",
            Description = "North Macedonia's Ministry of Interior, monthly information on irregular migration (news items on mvr.gov.mk, the yearly information as a PDF), in Macedonian",
            Country = Countries.NorthMacedonia,
            Cadence = SourceCadence.Monthly,
            IndexPages =
            [
                new Uri("https://mvr.gov.mk/mk-MK/odnosi-so-javnost/novosti"),
                new Uri("https://mvr.gov.mk/mk-MK/odnosi-so-javnost/novosti?page=2"),
            ],
            DocumentLink = MkdMvrDocument(),
            Coverage = new(
                [Countries.NorthMacedonia],
                [Indicators.Arrivals, Indicators.UascArrivals, Indicators.AsylumIntentions, Indicators.AsylumApplications, Indicators.Accommodated, Indicators.Capacity]),
        },
        new()
        {
            Id = "xkx-mia",
            Publisher = "Ministry of Internal Affairs (MPB), Kosovo",
            Description = "Kosovo's Ministry of Internal Affairs, monthly statistics on irregular migration and asylum (news items on mpb.rks-gov.net, from July 2023 a PDF monthly report), in Albanian",
            Country = Countries.Kosovo,
            Cadence = SourceCadence.Monthly,
            IndexPages =
            [
                new Uri("https://mpb.rks-gov.net/Lajmet/Migrimi?faqja=1"),
                new Uri("https://mpb.rks-gov.net/Lajmet/Migrimi?faqja=2"),
            ],
            DocumentLink = XkxMiaDocument(),
            Coverage = new(
                [Countries.Kosovo],
                [Indicators.Arrivals, Indicators.AsylumApplications, Indicators.Accommodated, Indicators.Capacity]),
        },
    ];

    // The monthly PDFs under media/uploads/Migracije and the statements on the news pages; the listing's sidebar also
    // links publications (the migration profile) under media/uploads/Migracije/Publikacije, which are not monthly figures.
    // A news page's real address ends in its node id (…/lat/aktuelno/godisnji-izvestaj-…-2023-godinu/4609).
    [GeneratedRegex(@"^https://kirs\.gov\.rs/(?:media/uploads/Migracije/(?:Informacije|Pregled)/\d{4}/[^/?#]+\.pdf|lat/aktuelno/[a-z0-9-]+(?:/\d+)?)$")]
    private static partial Regex KirsDocument();

    // Posts (plain WordPress permalinks) until mid-2022, uploaded PDFs since; other uploads (regulations) are not.
    [GeneratedRegex(@"^https://sps\.gov\.ba/(?:\?p=\d+|wp-content/uploads/\d{4}/\d{2}/Informacija-[^/?#]+\.pdf)$")]
    private static partial Regex SfaDocument();


    // A monthly article's address is its title in Latin letters; a document's is a GUID, so the search decides.
    [GeneratedRegex(@"^https://(?:www\.gov\.me/clanak/neregularne-migracije-u-[a-z0-9-]+|wapi\.gov\.me/download/[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}\?version=\d+(?:\.\d+)?)$")]
    private static partial Regex MnePoliceDocument();

    // The ministry's news items, titled "Информација за нерегуларни миграции …" until March 2023 and "Месечна
    // информација за мигранти …" since, and the yearly information, a PDF under /Upload/Documents/.
    [GeneratedRegex(@"^https://mvr\.gov\.mk/(?:mk-MK/odnosi-so-javnost/novosti/(?:mesecna-)?informacija-za-(?:neregularni-migracii|migranti)-[a-z0-9-]+|Upload/Documents/[A-Za-z0-9_-]*migracii[A-Za-z0-9_-]*\.pdf)$")]
    private static partial Regex MkdMvrDocument();

    // The monthly news items, titled "Statistikat e migrimit dhe azilit për muajin …", until June 2023, and the
    // monthly report PDFs since; the category's other news (visits, trainings) are not figures.
    [GeneratedRegex(@"^https://mpb\.rks-gov\.net/(?:Lajmi/statistikat-e-migrimit-dhe-azilit-per-muajin-[a-z]+-\d{4}|Uploads/Documents/Migrimi/\d{4}/Raporti-mujor-migrimi-dhe-azili-[a-z]+-\d{4}\.pdf)$")]
    private static partial Regex XkxMiaDocument();
}
