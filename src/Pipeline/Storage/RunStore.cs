using System.Text.Json;
using Azure.Data.Tables;
using MigrationFeeds.Parsing.Model;

namespace MigrationFeeds.Pipeline.Storage;

public sealed class RunStore(StorageClients storage)
{
    public Task AddAsync(SourceRunSummary run, CancellationToken cancellationToken) =>
        storage.UseAsync(async () =>
        {
            var entity = new RunEntity
            {
                PartitionKey = TableKeys.RunPartition(run.SourceId),
                RowKey = TableKeys.RunRow(run.StartedAt),
                StartedAt = run.StartedAt,
                FinishedAt = run.FinishedAt,
                Outcome = run.Outcome,
                Discovered = run.Discovered,
                Fetched = run.Fetched,
                NotModified = run.NotModified,
                Parsed = run.Parsed,
                Failed = run.Failed,
                ObservationsWritten = run.ObservationsWritten,
            Quarantined = run.Quarantined,
                LatestPeriod = run.LatestPeriod?.ToString(),
                ErrorsJson = run.Errors.Count == 0 ? null : JsonSerializer.Serialize(run.Errors, PipelineJson.Options),
                WarningsJson = run.Warnings.Count == 0 ? null : JsonSerializer.Serialize(run.Warnings, PipelineJson.Options),
                Retry = run.Retry,
            };
            await storage.Runs.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    private static List<string> Short(IReadOnlyList<string> lines) => [.. lines.Select(l => EntityLimits.Fit(l, 2000)!)];

    /// <summary>The newest runs of a source first.</summary>
    public Task<IReadOnlyList<SourceRunSummary>> LatestAsync(string sourceId, int count, CancellationToken cancellationToken) =>
        storage.UseAsync<IReadOnlyList<SourceRunSummary>>(async () =>
        {
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {TableKeys.RunPartition(sourceId)}");
            var result = new List<SourceRunSummary>();
            await foreach (var e in storage.Runs.QueryAsync<RunEntity>(filter, maxPerPage: count, cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                result.Add(new SourceRunSummary
                {
                    SourceId = e.PartitionKey,
                    StartedAt = e.StartedAt,
                    FinishedAt = e.FinishedAt,
                    Outcome = e.Outcome,
                    Discovered = e.Discovered,
                    Fetched = e.Fetched,
                    NotModified = e.NotModified,
                    Parsed = e.Parsed,
                    Failed = e.Failed,
                    ObservationsWritten = e.ObservationsWritten,
                Quarantined = e.Quarantined,
                    // Stored as its text without a measure: a year or a month as the tally writes them, or what an older record wrote.
                    LatestPeriod = Period.TryParseText(e.LatestPeriod, out var latest) ? latest : null,
                    Errors = e.ErrorsJson is null ? [] : JsonSerializer.Deserialize<List<string>>(e.ErrorsJson, PipelineJson.Options) ?? [],
                    Warnings = e.WarningsJson is null ? [] : JsonSerializer.Deserialize<List<string>>(e.WarningsJson, PipelineJson.Options) ?? [],
                    Retry = e.Retry,
                });
                if (result.Count == count)
                {
                    break;
                }
            }

            return result;
        }, cancellationToken);
}
