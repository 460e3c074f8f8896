using System.Globalization;
using System.Text.Json;
using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Pipeline.Discovery;
using MigrationFeeds.Pipeline.Fetch;

namespace MigrationFeeds.Pipeline.Sources;

/// <summary>
/// Albania's Institute of Statistics (INSTAT): asylum seekers in Albania by year and month, from its statistical
/// database (PxWeb API v1). Discovery reads the migration folder's listing, which gives the table's title and
/// the date it was last updated; the data is one POSTed query that selects every value of every variable, so a
/// new year comes with the same request.
/// </summary>
/// <remarks>
/// PxWeb's API v1 answers data only to a POST; a GET of the same address gives the table's metadata. INSTAT's
/// database (PxWeb on port 8083) offers no API v2, whose data endpoint would take a GET.
/// </remarks>
public sealed class InstatAlbSource(ListingFetcher listings) : ISource
{
    public const string SourceId = "instat-alb";

    /// <summary>The Albanian database: its English one has been found with empty folders where the Albanian one has tables.</summary>
    internal static readonly Uri Database = new("https://databaza.instat.gov.al:8083/pxweb/api/v1/sq/DST/");

    /// <summary>The folder of migration tables (START__MIG in the web interface).</summary>
    internal static readonly Uri Folder = new(Database, "START/MIG/");

    /// <summary>The asylum seekers table; if INSTAT renumbers it, the one whose title names asylum seekers is taken.</summary>
    internal const string TableId = "AZIL01.px";

    /// <summary>Every value of the table's three variables: all years (new ones included), the year's total and its months, every content.</summary>
    internal static readonly RequestBody Query = new()
    {
        MediaType = "application/json",
        Content = """{"query":[{"code":"Muaji","selection":{"filter":"all","values":["*"]}},{"code":"Treguesi","selection":{"filter":"all","values":["*"]}},{"code":"Viti","selection":{"filter":"all","values":["*"]}}],"response":{"format":"json-stat2"}}""",
    };

    public string Id => SourceId;

    public string Publisher => "INSTAT";

    public string Description => "INSTAT asylum seekers in Albania, yearly and monthly (PxWeb statistical database, JSON-stat 2)";

    public SourceCadence Cadence => SourceCadence.Yearly;

    /// <summary>INSTAT publishes what the Ministry of Interior and the State Police register.</summary>
    public SourceKind Kind => SourceKind.National;

    public SourceCoverage Coverage { get; } = new([Countries.Albania], [Indicators.AsylumApplications]);

    public IReportParser Parser => ParserCatalog.InstatPxWeb;

    public IReadOnlyCollection<string> Hosts { get; } = [Database.Authority];

    public async Task<IReadOnlyList<DiscoveredDocument>> DiscoverAsync(CancellationToken cancellationToken)
    {
        var listing = await listings.GetAsync(this, Folder, cancellationToken).ConfigureAwait(false);
        return [FindTable(listing)];
    }

    /// <summary>The asylum seekers table in the folder's listing (<c>[{"id", "type", "text", "updated"}]</c>).</summary>
    /// <exception cref="DiscoveryException">The listing is not PxWeb's, or no single table can be taken for asylum seekers.</exception>
    internal static DiscoveredDocument FindTable(ReadOnlyMemory<byte> listing)
    {
        List<ListedTable> tables;
        try
        {
            using var json = JsonDocument.Parse(listing);
            if (json.RootElement.ValueKind != JsonValueKind.Array)
            {
                throw new DiscoveryException($"The listing of {Folder} is not a PxWeb folder listing.");
            }

            tables = [.. json.RootElement.EnumerateArray()
                .Where(e => e.ValueKind == JsonValueKind.Object && Text(e, "type") == "t" && Text(e, "id") is not null)
                .Select(e => new ListedTable { Id = Text(e, "id")!, Title = Text(e, "text") ?? string.Empty, Updated = Text(e, "updated") })];
        }
        catch (JsonException e)
        {
            throw new DiscoveryException($"The listing of {Folder} is not JSON: {e.Message}", e);
        }

        var table = tables.FirstOrDefault(t => t.Id.Equals(TableId, StringComparison.OrdinalIgnoreCase));
        if (table is null)
        {
            var titled = tables.Where(t => t.Title.StartsWith("Azilkërkues", StringComparison.OrdinalIgnoreCase)).ToList();
            table = titled.Count == 1
                ? titled[0]
                : throw new DiscoveryException(
                    $"{Folder} lists no {TableId} and {titled.Count} tables titled as asylum seekers; tables: {string.Join(", ", tables.Select(t => t.Id))}.");
        }

        return new DiscoveredDocument
        {
            Url = new Uri(Folder, table.Id),
            Role = DocumentRole.Primary,
            Country = Countries.Albania,
            Title = table.Title,
            Published = DateTime.TryParse(table.Updated, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var updated)
                ? DateOnly.FromDateTime(updated)
                : null,
            Body = Query,
        };
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private sealed record ListedTable
    {
        public required string Id { get; init; }
        public required string Title { get; init; }
        public string? Updated { get; init; }
    }
}
