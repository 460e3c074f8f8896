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
    private const int MaxBatch = 100;

    public async Task<IReadOnlyList<SeriesPoint>> ReadAsync(string country, string indicator, string? site, string from, string to, CancellationToken cancellationToken)
    {
        await storage.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var partition = TableKeys.SeriesPartition(country, indicator);
        var low = TableKeys.SeriesRow(site, from);
        var high = TableKeys.SeriesRow(site, to) + "~";
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {low} and RowKey lt {high}");
        var points = new List<SeriesPoint>();
        await foreach (var e in storage.Series.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            points.Add(JsonSerializer.Deserialize<SeriesPoint>(e.GetString("Point"), PipelineJson.Options)!);
        }

        return points;
    }

    /// <summary>Replaces the stored points of one country and indicator with <paramref name="points"/>.</summary>
    /// <returns>Rows written or deleted.</returns>
    public async Task<int> ReplaceAsync(string country, string indicator, IReadOnlyList<SeriesPoint> points, CancellationToken cancellationToken)
    {
        await storage.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var partition = TableKeys.SeriesPartition(country, indicator);
        var wanted = points.ToDictionary(p => TableKeys.SeriesRow(p.Site, p.Period), StringComparer.Ordinal);
        var actions = new List<TableTransactionAction>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition}");
        await foreach (var e in storage.Series.QueryAsync<TableEntity>(filter, select: ["RowKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (!wanted.ContainsKey(e.RowKey))
            {
                actions.Add(new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(partition, e.RowKey), Azure.ETag.All));
            }
        }

        foreach (var (row, point) in wanted)
        {
            var entity = new TableEntity(partition, row) { ["Point"] = JsonSerializer.Serialize(point, PipelineJson.Options) };
            actions.Add(new TableTransactionAction(TableTransactionActionType.UpsertReplace, entity));
        }

        foreach (var chunk in actions.Chunk(MaxBatch))
        {
            await storage.Series.SubmitTransactionAsync(chunk, cancellationToken).ConfigureAwait(false);
        }

        return actions.Count;
    }
}
