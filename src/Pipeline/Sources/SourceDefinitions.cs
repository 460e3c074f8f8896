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
    ];

    public static IReadOnlyList<IndexPageSourceDefinition> IndexPages { get; } =
    [
        new()
        {
            Id = "mne-police",
            Publisher = "Police Directorate (Uprava policije), Montenegro",
            Description = "Montenegro's Police Directorate on irregular migration, monthly (gov.me news articles, from March 2023 a PDF statistical overview), in Montenegrin",
            Country = Countries.Montenegro,
            // The portal's search for the series, newest first: the monthly articles and documents and other news.
            IndexPages =
            [
                new Uri("https://www.gov.me/pretraga?q=neregularne+migracije&sort=published_at&page=1"),
                new Uri("https://www.gov.me/pretraga?q=neregularne+migracije&sort=published_at&page=2"),
            ],
            DocumentLink = MnePoliceDocument(),
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
    ];

    // A monthly article's address is its title in Latin letters; a document's is a GUID, so the search decides.
    [GeneratedRegex(@"^https://(?:www\.gov\.me/clanak/neregularne-migracije-u-[a-z0-9-]+|wapi\.gov\.me/download/[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}\?version=\d+(?:\.\d+)?)$")]
    private static partial Regex MnePoliceDocument();

    // The ministry's news items, titled "Информација за нерегуларни миграции …" until March 2023 and "Месечна
    // информација за мигранти …" since, and the yearly information, a PDF under /Upload/Documents/.
    [GeneratedRegex(@"^https://mvr\.gov\.mk/(?:mk-MK/odnosi-so-javnost/novosti/(?:mesecna-)?informacija-za-(?:neregularni-migracii|migranti)-[a-z0-9-]+|Upload/Documents/[A-Za-z0-9_-]*migracii[A-Za-z0-9_-]*\.pdf)$")]
    private static partial Regex MkdMvrDocument();
}
