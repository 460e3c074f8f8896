using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using MigrationFeeds.Pipeline.Storage;

namespace MigrationFeeds.Reliability.Tests.Support;

/// <summary>Reads stored state back: table dumps to compare, raw blobs, rows by document.</summary>
internal static class Tables
{
    public static readonly string[] DataTables = ["observations", "series", "documents"];

    /// <summary>
    /// Every row of the named tables with every property but Timestamp and ETag, rows sorted by key and
    /// properties by name, one line a row. <paramref name="without"/> names properties left out (also inside
    /// the series' JSON points), for values that legitimately differ between runs.
    /// </summary>
    public static async Task<string> DumpAsync(StorageClients storage, IEnumerable<string>? tables = null, params string[] without)
    {
        var text = new StringBuilder();
        foreach (var name in tables ?? DataTables)
        {
            var table = name switch
            {
                "observations" => storage.Observations,
                "series" => storage.Series,
                "documents" => storage.Documents,
                "runs" => storage.Runs,
                _ => throw new ArgumentException(name),
            };
            var rows = new List<string>();
            await foreach (var e in table.QueryAsync<TableEntity>())
            {
                var line = new StringBuilder(name).Append('\t').Append(e.PartitionKey).Append('\t').Append(e.RowKey);
                foreach (var key in e.Keys.Where(k => k is not ("PartitionKey" or "RowKey" or "Timestamp" or "odata.etag") && !without.Contains(k, StringComparer.OrdinalIgnoreCase)).Order(StringComparer.Ordinal))
                {
                    line.Append('\t').Append(key).Append('=').Append(Format(e[key], without));
                }

                rows.Add(line.ToString());
            }

            rows.Sort(StringComparer.Ordinal);
            rows.ForEach(r => text.Append(r).Append('\n'));
        }

        return text.ToString();
    }

    public static StorageClients Storage(this IServiceProvider services) => services.GetRequiredService<StorageClients>();

    public static async Task<HashSet<string>> BlobNamesAsync(StorageClients storage)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var blob in storage.Raw.GetBlobsAsync())
        {
            names.Add(blob.Name);
        }

        return names;
    }

    /// <summary>The complete bodies the upstream served that are not in the raw archive.</summary>
    public static async Task<IReadOnlyList<Served>> MissingFromArchiveAsync(StorageClients storage, FakeUpstream upstream)
    {
        var blobs = await BlobNamesAsync(storage);
        var missing = upstream.Log
            .Where(s => s is { Status: 200, Sha256: not null } && !blobs.Contains($"sha256/{s.Sha256[..2]}/{s.Sha256}"))
            .ToList();
        ReliabilityReport.DocumentsLost(missing.Select(m => m.Sha256).Distinct().Count());
        return missing;
    }

    public static async Task<List<TableEntity>> ObservationsOfAsync(StorageClients storage, string sha256) =>
        await storage.Observations.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"DocumentSha256 eq {sha256}")).ToListAsync();

    public static async Task<List<TableEntity>> RowsAsync(TableClient table) => await table.QueryAsync<TableEntity>().ToListAsync();

    /// <summary>The same figure from the same bytes stored under more than one key.</summary>
    public static async Task<int> DuplicateObservationsAsync(StorageClients storage)
    {
        var rows = await RowsAsync(storage.Observations);
        var duplicates = rows
            .GroupBy(r => string.Join('\u001f', new[] { "DocumentSha256", "Country", "Indicator", "Measure", "Period", "Site", "Value", "Low", "High", "Quote" }
                .Select(k => Convert.ToString(r.TryGetValue(k, out var v) ? v : null, CultureInfo.InvariantCulture))), StringComparer.Ordinal)
            .Sum(g => g.Count() - 1);
        ReliabilityReport.DuplicateRows(duplicates);
        return duplicates;
    }

    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static string Format(object? value, string[] without) => value switch
    {
        null => "null",
        string s when without.Length > 0 && (s.StartsWith('{') || s.StartsWith('[')) => StripJson(s, without),
        string s => s,
        DateTimeOffset d => d.ToString("O", CultureInfo.InvariantCulture),
        DateTime d => d.ToString("O", CultureInfo.InvariantCulture),
        byte[] b => Convert.ToBase64String(b),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture) + ":" + value.GetType().Name,
        _ => value.ToString() ?? "",
    };

    private static string StripJson(string json, string[] without)
    {
        var node = JsonNode.Parse(json);
        Strip(node, without);
        return node!.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
    }

    private static void Strip(JsonNode? node, string[] without)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var key in o.Select(p => p.Key).Where(k => without.Contains(k, StringComparer.OrdinalIgnoreCase)).ToList())
                {
                    o.Remove(key);
                }

                foreach (var child in o.Select(p => p.Value).ToList())
                {
                    Strip(child, without);
                }

                break;
            case JsonArray a:
                foreach (var child in a)
                {
                    Strip(child, without);
                }

                break;
        }
    }
}
