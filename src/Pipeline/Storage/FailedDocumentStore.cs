using Azure;
using Azure.Data.Tables;
using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Pipeline.Discovery;
using MigrationFeeds.Pipeline.Fetch;

namespace MigrationFeeds.Pipeline.Storage;

/// <summary>The failed documents waiting for a retry, or given up on; a row per source and document address.</summary>
public sealed class FailedDocumentStore(StorageClients storage)
{
    public Task<IReadOnlyList<FailedDocument>> ListAsync(string sourceId, CancellationToken cancellationToken) =>
        QueryAsync(TableClient.CreateQueryFilter($"PartitionKey eq {TableKeys.FailedDocumentPartition(sourceId)}"), cancellationToken);

    /// <summary>Every record, of every source: the table holds only what failed, so it stays small.</summary>
    public Task<IReadOnlyList<FailedDocument>> ListAllAsync(CancellationToken cancellationToken) => QueryAsync(null, cancellationToken);

    /// <summary>The records whose next attempt is due at <paramref name="now"/>; given-up ones have none.</summary>
    public Task<IReadOnlyList<FailedDocument>> DueAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        QueryAsync(TableClient.CreateQueryFilter($"NextAttemptAt le {now}"), cancellationToken);

    public Task SaveAsync(FailedDocument failed, CancellationToken cancellationToken) =>
        storage.UseAsync(async () =>
        {
            await storage.FailedDocuments.UpsertEntityAsync(ToEntity(failed), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    public Task DeleteAsync(string sourceId, Uri url, CancellationToken cancellationToken) =>
        storage.UseAsync(async () =>
        {
            await storage.FailedDocuments.DeleteEntityAsync(
                TableKeys.FailedDocumentPartition(sourceId), TableKeys.FailedDocumentRow(url), ETag.All, cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    private Task<IReadOnlyList<FailedDocument>> QueryAsync(string? filter, CancellationToken cancellationToken) =>
        storage.UseAsync<IReadOnlyList<FailedDocument>>(async () =>
        {
            var result = new List<FailedDocument>();
            await foreach (var e in storage.FailedDocuments.QueryAsync<FailedDocumentEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                result.Add(FromEntity(e));
            }

            return result;
        }, cancellationToken);

    private static FailedDocumentEntity ToEntity(FailedDocument f) => new()
    {
        PartitionKey = TableKeys.FailedDocumentPartition(f.SourceId),
        RowKey = TableKeys.FailedDocumentRow(f.Document.Url),
        ETag = ETag.All,
        Url = f.Document.Url.AbsoluteUri,
        Role = f.Document.Role,
        Country = f.Document.Country.Code,
        Title = EntityLimits.Fit(f.Document.Title, 1000),
        Published = f.Document.Published is { } published ? PeriodText.Day(published) : null,
        BodyMediaType = f.Document.Body?.MediaType,
        BodyContent = f.Document.Body?.Content,
        Attempts = f.Attempts,
        LastErrorCode = f.LastErrorCode,
        LastError = EntityLimits.Fit(f.LastError, 2000)!,
        FirstFailedAt = f.FirstFailedAt,
        LastAttemptAt = f.LastAttemptAt,
        NextAttemptAt = f.NextAttemptAt,
    };

    private static FailedDocument FromEntity(FailedDocumentEntity e) => new()
    {
        SourceId = e.PartitionKey,
        Document = new DiscoveredDocument
        {
            Url = new Uri(e.Url),
            Role = e.Role,
            // Written as a code of the six or WB6; a row that holds none is about the region.
            Country = CountryCode.TryParse(e.Country, out var country) ? country : CountryCode.Region,
            Title = e.Title,
            Published = e.Published is null ? null : PeriodText.ParseDay(e.Published),
            Body = e.BodyMediaType is { } mediaType ? new RequestBody { MediaType = mediaType, Content = e.BodyContent ?? "" } : null,
        },
        Attempts = e.Attempts,
        LastErrorCode = e.LastErrorCode,
        LastError = e.LastError,
        FirstFailedAt = e.FirstFailedAt,
        LastAttemptAt = e.LastAttemptAt,
        NextAttemptAt = e.NextAttemptAt,
    };
}
