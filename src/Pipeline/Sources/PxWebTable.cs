using System.Globalization;
using System.Text.Json;
using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Pipeline.Discovery;
using MigrationFeeds.Pipeline.Fetch;

namespace MigrationFeeds.Pipeline.Sources;

/// <summary>
/// One table of a statistical office's PxWeb database (API v1). Discovery reads the folder's listing, which gives
/// the table's title and the date it was last updated; the data is one POSTed query.
/// </summary>
/// <remarks>PxWeb's API v1 answers data only to a POST; a GET of the same address gives the table's metadata.</remarks>
public sealed record PxWebTable : SourceDiscovery
{
    /// <summary>The folder the table is listed in.</summary>
    public required Uri Folder { get; init; }

    /// <summary>The table's id; if the office renumbers it, the one table whose title starts with <see cref="TitlePrefix"/> is taken.</summary>
    public required string TableId { get; init; }

    public required string TitlePrefix { get; init; }

    /// <summary>The query POSTed for the data.</summary>
    public required RequestBody Query { get; init; }

    public required CountryCode Country { get; init; }

    public override IReadOnlyCollection<string> Hosts(DiscoveryServices services) => [Folder.Authority];

    public override async Task<IReadOnlyList<DiscoveredDocument>> DiscoverAsync(ISource source, DiscoveryServices services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        var listing = await services.Listings.GetAsync(source, Folder, cancellationToken).ConfigureAwait(false);
        return [FindTable(listing)];
    }

    /// <summary>The table in the folder's listing (<c>[{"id", "type", "text", "updated"}]</c>).</summary>
    /// <exception cref="DiscoveryException">The listing is not PxWeb's, or no single table can be taken for this one.</exception>
    public DiscoveredDocument FindTable(ReadOnlyMemory<byte> listing)
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
            var titled = tables.Where(t => t.Title.StartsWith(TitlePrefix, StringComparison.OrdinalIgnoreCase)).ToList();
            table = titled.Count == 1
                ? titled[0]
                : throw new DiscoveryException(
                    $"{Folder} lists no {TableId} and {titled.Count} tables titled '{TitlePrefix}…'; tables: {string.Join(", ", tables.Select(t => t.Id))}.");
        }

        return new DiscoveredDocument
        {
            Url = new Uri(Folder, table.Id),
            Role = DocumentRole.Primary,
            Country = Country,
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
