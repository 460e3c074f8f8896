using System.Globalization;
using Azure.Data.Tables;
using MigrationFeeds.Parsing.Language.Periods;
using MigrationFeeds.Parsing.Model;

namespace MigrationFeeds.Pipeline.Storage;

public sealed class ObservationStore(StorageClients storage)
{
    /// <summary>Upserts the figures of one document. Keys depend only on the data, so writing them again changes nothing.</summary>
    /// <returns>The number of rows sent.</returns>
    public Task<int> WriteAsync(IReadOnlyList<Observation> observations, CancellationToken cancellationToken) =>
        storage.UseAsync<int>(async () =>
        {
            var entities = ToEntities(observations);
            foreach (var partition in entities.GroupBy(e => e.PartitionKey, StringComparer.Ordinal))
            {
                foreach (var batch in EntityLimits.Batches(partition.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, e))))
                {
                    await storage.Observations.SubmitTransactionAsync(batch, cancellationToken).ConfigureAwait(false);
                }
            }

            return entities.Count;
        }, cancellationToken);

    /// <summary>Observations of one country and indicator whose period starts within the months <paramref name="from"/>..<paramref name="to"/>.</summary>
    public Task<IReadOnlyList<Observation>> ReadAsync(
        CountryCode country, Indicator indicator, YearMonth from, YearMonth to, CancellationToken cancellationToken) =>
        storage.UseAsync<IReadOnlyList<Observation>>(async () =>
        {
            var partition = TableKeys.ObservationPartition(country, indicator);
            var (low, high) = TableKeys.PeriodRange(from, to);
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {low} and RowKey lt {high}");
            var result = new List<Observation>();
            await foreach (var entity in storage.Observations.QueryAsync<ObservationEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                result.Add(FromEntity(entity));
            }

            return result;
        }, cancellationToken);

    /// <summary>
    /// The country and indicator partitions holding figures of one document, each once; a partition of a code not of
    /// the vocabulary holds no series and is left out.
    /// </summary>
    public async Task<IReadOnlyList<(CountryCode Country, Indicator Indicator)>> PartitionsOfDocumentAsync(string documentSha256, CancellationToken cancellationToken)
    {
        var partitions = new List<(CountryCode, Indicator)>();
        foreach (var partition in (await KeysOfDocumentAsync(documentSha256, cancellationToken).ConfigureAwait(false)).Select(k => k.PartitionKey).Distinct(StringComparer.Ordinal))
        {
            if (TableKeys.TryParseObservationPartition(partition, out var country, out var indicator))
            {
                partitions.Add((country, indicator));
            }
        }

        return partitions;
    }

    /// <summary>
    /// Replaces every figure of one document with <paramref name="observations"/> (a re-parse). Upserts and
    /// deletes of a partition go in one transaction when they fit in one, so a reader of a series sees the
    /// document's old figures or its new ones, never a mix.
    /// </summary>
    /// <returns>Rows written or deleted.</returns>
    public async Task<int> ReplaceDocumentAsync(string documentSha256, IReadOnlyList<Observation> observations, CancellationToken cancellationToken)
    {
        var fresh = ToEntities(observations);
        var keep = fresh.Select(e => (e.PartitionKey, e.RowKey)).ToHashSet();
        var stale = (await KeysOfDocumentAsync(documentSha256, cancellationToken).ConfigureAwait(false)).Where(k => !keep.Contains(k));
        var actions = fresh.Select(e => (e.PartitionKey, Action: new TableTransactionAction(TableTransactionActionType.UpsertReplace, e)))
            .Concat(stale.Select(k => (k.PartitionKey, Action: new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(k.PartitionKey, k.RowKey), Azure.ETag.All))));
        var count = 0;
        foreach (var partition in actions.GroupBy(a => a.PartitionKey, StringComparer.Ordinal))
        {
            foreach (var batch in EntityLimits.Batches(partition.Select(a => a.Action)))
            {
                await storage.Observations.SubmitTransactionAsync(batch, cancellationToken).ConfigureAwait(false);
                count += batch.Count;
            }
        }

        return count;
    }

    /// <summary>
    /// Every observation of one document, in key order: written again as they are, by <see cref="ReplaceDocumentAsync"/>,
    /// they keep their keys.
    /// </summary>
    public Task<IReadOnlyList<Observation>> ReadDocumentAsync(string documentSha256, CancellationToken cancellationToken) =>
        storage.UseAsync<IReadOnlyList<Observation>>(async () =>
        {
            var filter = TableClient.CreateQueryFilter($"DocumentSha256 eq {documentSha256}");
            var result = new List<(string, string, Observation)>();
            await foreach (var entity in storage.Observations.QueryAsync<ObservationEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                result.Add((entity.PartitionKey, entity.RowKey, FromEntity(entity)));
            }

            return [.. result.OrderBy(r => r.Item1, StringComparer.Ordinal).ThenBy(r => r.Item2, StringComparer.Ordinal).Select(r => r.Item3)];
        }, cancellationToken);

    private Task<List<(string PartitionKey, string RowKey)>> KeysOfDocumentAsync(string documentSha256, CancellationToken cancellationToken) =>
        storage.UseAsync<List<(string PartitionKey, string RowKey)>>(async () =>
        {
            var filter = TableClient.CreateQueryFilter($"DocumentSha256 eq {documentSha256}");
            var keys = new List<(string, string)>();
            await foreach (var e in storage.Observations.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                keys.Add((e.PartitionKey, e.RowKey));
            }

            return keys;
        }, cancellationToken);

    /// <summary>Every observation of one country and indicator: what a series is computed from.</summary>
    public Task<IReadOnlyList<Observation>> ReadAllAsync(CountryCode country, Indicator indicator, CancellationToken cancellationToken) =>
        storage.UseAsync<IReadOnlyList<Observation>>(async () =>
        {
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {TableKeys.ObservationPartition(country, indicator)}");
            var result = new List<Observation>();
            await foreach (var entity in storage.Observations.QueryAsync<ObservationEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                result.Add(FromEntity(entity));
            }

            return result;
        }, cancellationToken);

    /// <summary>
    /// One page of the observations of one country and indicator whose period starts within the months given,
    /// optionally of one source. The continuation token is opaque to clients; a malformed one is refused.
    /// </summary>
    /// <exception cref="FormatException">The continuation token was not issued by this method.</exception>
    public Task<(IReadOnlyList<Observation> Items, string? ContinuationToken)> PageAsync(
        CountryCode country, Indicator indicator, YearMonth from, YearMonth to, string? sourceId, int pageSize, string? continuationToken, CancellationToken cancellationToken) =>
        storage.UseAsync<(IReadOnlyList<Observation> Items, string? ContinuationToken)>(async () =>
        {
            var partition = TableKeys.ObservationPartition(country, indicator);
            var (low, high) = TableKeys.PeriodRange(from, to);
            var filter = sourceId is null
                ? TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {low} and RowKey lt {high}")
                : TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {low} and RowKey lt {high} and SourceId eq {sourceId}");
            var token = continuationToken is null ? null : ContinuationTokens.Decode(continuationToken, partition);
            await foreach (var page in storage.Observations.QueryAsync<ObservationEntity>(filter, maxPerPage: pageSize, cancellationToken: cancellationToken)
                               .AsPages(token, pageSize).ConfigureAwait(false))
            {
                return ([.. page.Values.Select(FromEntity)], page.ContinuationToken is null ? null : ContinuationTokens.Encode(page.ContinuationToken));
            }

            return ([], null);
        }, cancellationToken);

    /// <summary>The rows <see cref="WriteAsync"/> writes; internal so the write benchmark sends exactly these one by one.</summary>
    internal static List<ObservationEntity> ToEntities(IReadOnlyList<Observation> observations)
    {
        var ordinals = new Dictionary<string, int>(StringComparer.Ordinal);
        var entities = new List<ObservationEntity>(observations.Count);
        foreach (var o in observations)
        {
            var f = o.Figure;
            var p = o.Provenance;
            var partition = TableKeys.ObservationPartition(f.Country, f.Indicator);
            var stem = TableKeys.ObservationRow(f.Period, f.Measure, f.Site, p.DocumentSha256, 0);
            var ordinal = ordinals.GetValueOrDefault(partition + stem);
            ordinals[partition + stem] = ordinal + 1;
            entities.Add(ProvenanceColumns.Of(p, new ObservationEntity
            {
                PartitionKey = partition,
                RowKey = TableKeys.ObservationRow(f.Period, f.Measure, f.Site, p.DocumentSha256, ordinal),
                Country = f.Country,
                Site = f.Site,
                Indicator = f.Indicator,
                Measure = f.Measure,
                Period = f.Period,
                Value = f.Value,
                Low = f.Low,
                High = f.High,
                Approximate = f.Approximate,
                SourceId = p.SourceId,
                AlsoStatedIn = StatedInColumn.Write(p.AlsoStatedIn),
            }));
        }

        return entities;
    }

    private static Observation FromEntity(ObservationEntity e)
    {
        var provenance = e.ToProvenance(e.SourceId);
        return new Observation
        {
            Figure = new Figure
            {
                Country = e.Country,
                Site = e.Site,
                Indicator = e.Indicator,
                Measure = e.Measure,
                Period = e.Period,
                Value = e.Value,
                Low = e.Low,
                High = e.High,
                Approximate = e.Approximate,
                Confidence = provenance.Confidence,
                Page = provenance.Page,
                Quote = provenance.Quote,
            },
            Provenance = e.AlsoStatedIn is null ? provenance : provenance with { AlsoStatedIn = StatedInColumn.Read(e.AlsoStatedIn, e.SourceId) },
        };
    }
}
