using System.Text.RegularExpressions;
using MigrationFeeds.Parsing.Model;

namespace MigrationFeeds.Pipeline.Sources;

/// <summary>
/// National authorities that publish on their own sites: documents are the links of their listing pages, read with the
/// general extraction engine in the publisher's language.
/// </summary>
public static partial class NationalSources
{
    public static IReadOnlyList<SourceDefinition> All { get; } =
    [
        new()
        {
            Id = "kirs-srb",
            Publisher = "Commissariat for Refugees and Migration of the Republic of Serbia (KIRS)",
            Description = "Information on migrants in Serbia's asylum and reception centres, monthly, and the Commissariat's "
                + "statements on the year: arrivals to the centres, persons accommodated per centre, capacity, unaccompanied "
                + "children; in Serbian, Latin and Cyrillic.",
            Kind = SourceKind.National,
            Cadence = SourceCadence.Monthly,
            Discovery = new IndexPageListing
            {
                // The Latin pages of the site; its Cyrillic pages list the same documents.
                IndexPages =
                [
                    new Uri("https://kirs.gov.rs/lat/migracije/informacije-o-migrantima"),
                    new Uri("https://kirs.gov.rs/lat/migracije/informacije-o-migrantima?page=2"),
                ],
                DocumentLink = KirsDocument(),
                Country = CountryCode.Serbia,
            },
            Parser = ParserCatalog.General,
            Coverage = new([CountryCode.Serbia], [Indicator.Arrivals, Indicator.Accommodated, Indicator.Capacity, Indicator.UascPresent]),
        },
        new()
        {
            Id = "bih-sfa-monthly",
            Publisher = "Service for Foreigners' Affairs of Bosnia and Herzegovina (Ministry of Security)",
            Description = "Monthly information on migration in Bosnia and Herzegovina: irregular migrants registered, intentions "
                + "to seek asylum, asylum applications, persons in the reception centres and outside them; in Bosnian, "
                + "some months in Croatian or Serbian.",
            Kind = SourceKind.National,
            Cadence = SourceCadence.Monthly,
            Discovery = new IndexPageListing
            {
                IndexPages = [new Uri("https://sps.gov.ba/?page_id=1938")],
                DocumentLink = SfaDocument(),
                Country = CountryCode.BosniaAndHerzegovina,
            },
            Parser = ParserCatalog.General,
            Coverage = new(
                [CountryCode.BosniaAndHerzegovina],
                [Indicator.Arrivals, Indicator.UascArrivals, Indicator.AsylumIntentions, Indicator.AsylumApplications,
                 Indicator.Accommodated, Indicator.Capacity, Indicator.OutsideAccommodation]),
        },
        new()
        {
            Id = "mne-police",
            Publisher = "Police Directorate (Uprava policije), Montenegro",
            Description = "Montenegro's Police Directorate on irregular migration, monthly (until 2020 news items on its former site, then gov.me news articles, from March 2023 a PDF statistical overview), in Montenegrin",
            Kind = SourceKind.National,
            Cadence = SourceCadence.Monthly,
            Discovery = new IndexPageListing
            {
                // The portal's search for the series, newest first: the monthly articles and documents and other news.
                IndexPages =
                [
                    new Uri("https://www.gov.me/pretraga?q=neregularne+migracije&sort=published_at&page=1"),
                    new Uri("https://www.gov.me/pretraga?q=neregularne+migracije&sort=published_at&page=2"),
                ],
                DocumentLink = MnePoliceDocument(),
                DocumentHosts = ["wapi.gov.me", "www.upravapolicije.com"],
                Country = CountryCode.Montenegro,
            },
            Parser = ParserCatalog.General,
            Coverage = new(
                [CountryCode.Montenegro],
                [Indicator.Arrivals, Indicator.UascArrivals, Indicator.AsylumIntentions, Indicator.AsylumApplications, Indicator.Accommodated, Indicator.Capacity]),
        },
        new()
        {
            Id = "mkd-mvr",
            Publisher = "Ministry of Interior (MVR), North Macedonia",
            Description = "North Macedonia's Ministry of Interior, monthly information on irregular migration (news items on mvr.gov.mk, until 2020 the daily bulletin, the yearly information as a PDF), in Macedonian",
            Kind = SourceKind.National,
            Cadence = SourceCadence.Monthly,
            Discovery = new IndexPageListing
            {
                IndexPages =
                [
                    new Uri("https://mvr.gov.mk/mk-MK/odnosi-so-javnost/novosti"),
                    new Uri("https://mvr.gov.mk/mk-MK/odnosi-so-javnost/novosti?page=2"),
                ],
                DocumentLink = MkdMvrDocument(),
                Country = CountryCode.NorthMacedonia,
            },
            Parser = ParserCatalog.General,
            Coverage = new(
                [CountryCode.NorthMacedonia],
                [Indicator.Arrivals, Indicator.UascArrivals, Indicator.AsylumIntentions, Indicator.AsylumApplications, Indicator.Accommodated, Indicator.Capacity]),
        },
        new()
        {
            Id = "xkx-mia",
            Publisher = "Ministry of Internal Affairs (MPB), Kosovo",
            Description = "Kosovo's Ministry of Internal Affairs, statistics on irregular migration and asylum (news items on mpb.rks-gov.net, until 2021 on its former site, from July 2023 a PDF monthly report), in Albanian",
            Kind = SourceKind.National,
            Cadence = SourceCadence.Monthly,
            Discovery = new IndexPageListing
            {
                IndexPages =
                [
                    new Uri("https://mpb.rks-gov.net/Lajmet/Migrimi?faqja=1"),
                    new Uri("https://mpb.rks-gov.net/Lajmet/Migrimi?faqja=2"),
                ],
                DocumentLink = XkxMiaDocument(),
                Country = CountryCode.Kosovo,
            },
            Parser = ParserCatalog.General,
            Coverage = new(
                [CountryCode.Kosovo],
                [Indicator.Arrivals, Indicator.AsylumApplications, Indicator.Accommodated, Indicator.Capacity]),
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

    // A monthly article's address is its title in Latin letters; a document's is a GUID, so the search decides. The
    // statements of 2016 to 2020, before the portal, are news items of the police's former site, numbered.
    [GeneratedRegex(@"^(?:https://(?:www\.gov\.me/clanak/neregularne-migracije-u-[a-z0-9-]+|wapi\.gov\.me/download/[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}\?version=\d+(?:\.\d+)?)|https?://www\.upravapolicije\.com/fleka/novosti\.php\?akcija=vijest&id=\d+)$")]
    private static partial Regex MnePoliceDocument();

    // The ministry's news items, titled "Информација за нерегуларни миграции …" until March 2023 and "Месечна
    // информација за мигранти …" since, and the yearly information, a PDF under /Upload/Documents/. Until 2020 the
    // figures came in the daily bulletin, whose address ends in its day (…-nastani-27022016).
    [GeneratedRegex(@"^https://mvr\.gov\.mk/(?:mk-MK/odnosi-so-javnost/novosti/(?:mesecna-)?informacija-za-(?:neregularni-migracii|migranti)-[a-z0-9-]+|mk-MK/odnosi-so-javnost/dnevni-bilteni/izvadok-na-del-od-dnevnite-nastani-\d{8}|Upload/Documents/[A-Za-z0-9_-]*migracii[A-Za-z0-9_-]*\.pdf)$")]
    private static partial Regex MkdMvrDocument();

    // The monthly news items, titled "Statistikat e migrimit dhe azilit për muajin …", until June 2023, and the
    // monthly report PDFs since; the category's other news (visits, trainings) are not figures. Until 2021 the
    // figures came in news items of the former site, numbered pages of the news category (page.aspx?id=1,15,<item>).
    [GeneratedRegex(@"^https://mpb\.rks-gov\.net/(?:Lajmi/statistikat-e-migrimit-dhe-azilit-per-muajin-[a-z]+-\d{4}|Uploads/Documents/Migrimi/\d{4}/Raporti-mujor-migrimi-dhe-azili-[a-z]+-\d{4}\.pdf|ap/page\.aspx\?id=1,15,\d+)$")]
    private static partial Regex XkxMiaDocument();
}
