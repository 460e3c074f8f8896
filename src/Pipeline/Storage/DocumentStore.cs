using System.Globalization;
using System.Text.Json;
using Azure;
using MigrationFeeds.Parsing.Model;

namespace MigrationFeeds.Pipeline.Storage;

public sealed class DocumentStore(StorageClients storage)
{
    public Task<DocumentState?> GetAsync(string sourceId, Uri url, CancellationToken cancellationToken) =>
        storage.UseAsync<DocumentState?>(async () =>
        {
            var response = await storage.Documents.GetEntityIfExistsAsync<DocumentEntity>(
                TableKeys.DocumentPartition(sourceId), TableKeys.DocumentRow(url), cancellationToken: cancellationToken).ConfigureAwait(false);
            return response.HasValue && response.Value is { } e ? FromEntity(e) : null;
        }, cancellationToken);

    public Task SaveAsync(DocumentState state, CancellationToken cancellationToken) =>
        storage.UseAsync(async () =>
        {
            await storage.Documents.UpsertEntityAsync(ToEntity(state), Azure.Data.Tables.TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    public Task<IReadOnlyList<DocumentState>> ListAsync(string sourceId, CancellationToken cancellationToken) =>
        storage.UseAsync<IReadOnlyList<DocumentState>>(async () =>
        {
            var filter = Azure.Data.Tables.TableClient.CreateQueryFilter($"PartitionKey eq {TableKeys.DocumentPartition(sourceId)}");
            var result = new List<DocumentState>();
            await foreach (var e in storage.Documents.QueryAsync<DocumentEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                result.Add(FromEntity(e));
            }

            return result;
        }, cancellationToken);

    private static DocumentEntity ToEntity(DocumentState s) => new()
    {
        PartitionKey = TableKeys.DocumentPartition(s.SourceId),
        RowKey = TableKeys.DocumentRow(s.Url),
        ETag = ETag.All,
        Url = s.Url.AbsoluteUri,
        Role = s.Role,
        Country = s.Country?.Code,
        ContentType = s.ContentType,
        Sha256 = s.Sha256,
        UpstreamETag = s.UpstreamETag,
        UpstreamLastModified = s.UpstreamLastModified,
        RetrievedAt = s.RetrievedAt,
        Title = EntityLimits.Fit(s.Title, 1000),
        Published = s.Published is { } published ? PeriodText.Day(published) : null,
        Status = s.Status,
        ParserFamily = s.ParserFamily,
        ParserVersion = s.ParserVersion,
        FigureCount = s.FigureCount,
        IssuesJson = EntityLimits.FitList(
            s.Issues,
            dropped => new ParseIssue { Code = ParseIssueCodes.Truncated, Message = $"{dropped:N0} more issues were not kept." },
            PipelineJson.Options),
        TextOf = s.TextOf?.AbsoluteUri,
    };

    private static DocumentState FromEntity(DocumentEntity e) => new()
    {
        SourceId = e.PartitionKey,
        Url = new Uri(e.Url),
        Role = e.Role,
        // Null when none was stored, or what was is no code of the six or WB6: a re-parse then takes the source's first country.
        Country = CountryCode.TryParse(e.Country, out var country) ? country : null,
        ContentType = e.ContentType,
        Sha256 = e.Sha256,
        UpstreamETag = e.UpstreamETag,
        UpstreamLastModified = e.UpstreamLastModified,
        RetrievedAt = e.RetrievedAt,
        Title = e.Title,
        Published = e.Published is null ? null : PeriodText.ParseDay(e.Published),
        Status = e.Status,
        ParserFamily = e.ParserFamily,
        ParserVersion = e.ParserVersion,
        FigureCount = e.FigureCount,
        Issues = e.IssuesJson is null ? [] : JsonSerializer.Deserialize<List<ParseIssue>>(e.IssuesJson, PipelineJson.Options) ?? [],
        TextOf = e.TextOf is null ? null : new Uri(e.TextOf),
    };
}
