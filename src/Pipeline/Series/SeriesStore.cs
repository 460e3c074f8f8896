using MigrationFeeds.Parsing.Language.Periods;
using System.Text.Json;
using Azure.Data.Tables;
using MigrationFeeds.Pipeline.Storage;

namespace MigrationFeeds.Pipeline.Series;

/// <summary>
/// The materialised series: one row per country, indicator, site and month holding the point as served,
/// so a query reads exactly the months it asks for.
/// </summary>
public sealed class SeriesStore(StorageClients storage)
{
    private const string PointProperty = "Point";
    private const string VersionProperty = "Version";

    public async Task<IReadOnlyList<SeriesPoint>> ReadAsync(SeriesKey key, string? site, YearMonth from, YearMonth to, CancellationToken cancellationToken)
    {
        var (low, high) = TableKeys.SeriesRows(site, from, to);
        return await ReadRowsAsync(TableKeys.SeriesPartition(key.Country, key.Indicator), low, high, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Every month of the country-level series (no site) of one country and indicator, in month order.</summary>
    public Task<IReadOnlyList<SeriesPoint>> ReadCountryAsync(SeriesKey key, CancellationToken cancellationToken)
    {
        var (low, high) = TableKeys.SeriesRows(site: null);
        return ReadRowsAsync(TableKeys.SeriesPartition(key.Country, key.Indicator), low, high, cancellationToken);
    }

    /// <summary>One source's country-level series (no site) of one country and indicator, in month order; empty when it gives none.</summary>
    public Task<IReadOnlyList<SeriesPoint>> ReadSourceAsync(SeriesKey key, string source, CancellationToken cancellationToken)
    {
        var (low, high) = TableKeys.SeriesBySourceRows(SeriesComputer.SourceKey(source), site: null);
        return ReadRowsAsync(TableKeys.SeriesBySourcePartition(key.Country, key.Indicator), low, high, cancellationToken);
    }

    /// <summary>Replaces the stored points of one country and indicator with <paramref name="points"/>.</summary>
    /// <returns>Rows written or deleted; a point stored exactly as computed is not written again.</returns>
    public Task<int> ReplaceAsync(SeriesKey key, IReadOnlyList<SeriesPoint> points, CancellationToken cancellationToken) =>
        ReplacePartitionAsync(
            TableKeys.SeriesPartition(key.Country, key.Indicator),
            points.ToDictionary(p => TableKeys.SeriesRow(p.Site, p.Period), Serialize, StringComparer.Ordinal),
            cancellationToken);

    /// <summary>Replaces every source's stored series of one country and indicator; a source left out has none.</summary>
    /// <returns>Rows written or deleted, as <see cref="ReplaceAsync"/>.</returns>
    public Task<int> ReplaceBySourceAsync(SeriesKey key, IReadOnlyDictionary<string, IReadOnlyList<SeriesPoint>> bySource, CancellationToken cancellationToken) =>
        ReplacePartitionAsync(
            TableKeys.SeriesBySourcePartition(key.Country, key.Indicator),
            bySource.SelectMany(s => s.Value.Select(p => (Row: TableKeys.SeriesBySourceRow(s.Key, p.Site, p.Period), Point: p)))
                .ToDictionary(r => r.Row, r => Serialize(r.Point), StringComparer.Ordinal),
            cancellationToken);

    private Task<int> ReplacePartitionAsync(string partition, Dictionary<string, string> wanted, CancellationToken cancellationToken) =>
        storage.UseAsync<int>(async () =>
        {
            var actions = new List<TableTransactionAction>();
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition}");
            await foreach (var e in storage.Series.QueryAsync<TableEntity>(filter, select: ["RowKey", PointProperty], cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                if (!wanted.TryGetValue(e.RowKey, out var json))
                {
                    actions.Add(new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(partition, e.RowKey), Azure.ETag.All));
                }
                else if (json == e.GetString(PointProperty))
                {
                    // Unchanged: rewriting it would cost a write and tell readers the series changed when it did not.
                    wanted.Remove(e.RowKey);
                }
            }

            foreach (var (row, json) in wanted)
            {
                var entity = new TableEntity(partition, row) { [PointProperty] = json };
                actions.Add(new TableTransactionAction(TableTransactionActionType.UpsertReplace, entity));
            }

            foreach (var batch in EntityLimits.Batches(actions))
            {
                await storage.Series.SubmitTransactionAsync(batch, cancellationToken).ConfigureAwait(false);
            }

            return actions.Count;
        }, cancellationToken);

    /// <summary>
    /// A point as stored: its JSON, which must fit in one property. A point with more alternatives or inputs than fit
    /// (thousands of documents giving the same month) keeps as many as fit, each with its first citations.
    /// </summary>
    internal static string Serialize(SeriesPoint point)
    {
        var json = JsonSerializer.Serialize(point, PipelineJson.Options);
        var alternatives = point.Alternatives.Select(a => a with { Provenance = [.. a.Provenance.Take(3)] }).ToList();
        var inputs = point.Inputs.ToList();
        while (json.Length > EntityLimits.MaxStringChars && (alternatives.Count > 0 || inputs.Count > 0))
        {
            alternatives = alternatives.Take(alternatives.Count / 2).ToList();
            inputs = inputs.Take(inputs.Count / 2).ToList();
            json = JsonSerializer.Serialize(point with { Alternatives = alternatives, Inputs = inputs }, PipelineJson.Options);
        }

        return json;
    }

    /// <summary>The version the last refresh wrote; null before any refresh has written one.</summary>
    public Task<string?> ReadVersionAsync(CancellationToken cancellationToken) =>
        storage.UseAsync<string?>(async () =>
        {
            var row = await storage.SeriesVersion.GetEntityIfExistsAsync<TableEntity>(
                TableKeys.SeriesVersionPartition, TableKeys.SeriesVersionRow, [VersionProperty], cancellationToken).ConfigureAwait(false);
            return row.HasValue ? row.Value!.GetString(VersionProperty) : null;
        }, cancellationToken);

    /// <summary>Records that the series changed, with a version no earlier refresh wrote.</summary>
    public Task WriteVersionAsync(CancellationToken cancellationToken) =>
        storage.UseAsync(async () =>
        {
            var entity = new TableEntity(TableKeys.SeriesVersionPartition, TableKeys.SeriesVersionRow) { [VersionProperty] = Guid.NewGuid().ToString("N") };
            await storage.SeriesVersion.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    private Task<IReadOnlyList<SeriesPoint>> ReadRowsAsync(string partition, string low, string high, CancellationToken cancellationToken) =>
        storage.UseAsync<IReadOnlyList<SeriesPoint>>(async () =>
        {
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {low} and RowKey lt {high}");
            var points = new List<SeriesPoint>();
            await foreach (var e in storage.Series.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                points.Add(JsonSerializer.Deserialize<SeriesPoint>(e.GetString(PointProperty), PipelineJson.Options)!);
            }

            return points;
        }, cancellationToken);
}
