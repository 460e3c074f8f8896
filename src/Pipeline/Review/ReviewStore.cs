using Azure.Data.Tables;
using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Pipeline.Series;
using MigrationFeeds.Pipeline.Storage;

namespace MigrationFeeds.Pipeline.Review;

/// <summary>The decisions table: appended to, never updated or deleted, so every earlier decision stays on record.</summary>
public sealed class ReviewStore(StorageClients storage)
{
    public Task AppendAsync(ReviewDecision decision, CancellationToken cancellationToken) =>
        storage.UseAsync(async () =>
        {
            var entity = new TableEntity(
                TableKeys.ReviewPartition(decision.Country, decision.Indicator),
                TableKeys.ReviewRow(decision.Id, decision.DecidedAt, Guid.NewGuid().ToString("N")[..8]))
            {
                ["Id"] = decision.Id,
                ["DocumentSha256"] = decision.DocumentSha256,
                ["Country"] = decision.Country.Code,
                ["Site"] = decision.Site,
                ["Indicator"] = decision.Indicator.Code,
                ["Measure"] = decision.Period.MeasureCode,
                ["Period"] = decision.Period.ToString(),
                ["Decision"] = decision.Decision,
                ["Value"] = decision.Value,
                ["Note"] = decision.Note,
                ["Reviewer"] = decision.Reviewer,
                ["DecidedAt"] = decision.DecidedAt,
                ["Previous"] = decision.Previous,
            };

            // Add, not upsert: a decision is never overwritten.
            await storage.Reviews.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    /// <summary>Every decision about the figures of one country and indicator, each figure's in the order made.</summary>
    public Task<IReadOnlyList<ReviewDecision>> ReadAsync(SeriesKey key, CancellationToken cancellationToken) =>
        QueryAsync(TableClient.CreateQueryFilter($"PartitionKey eq {TableKeys.ReviewPartition(key.Country, key.Indicator)}"), cancellationToken);

    /// <summary>Every decision ever made: a person's work, so a small table.</summary>
    public Task<IReadOnlyList<ReviewDecision>> ReadAllAsync(CancellationToken cancellationToken) => QueryAsync(null, cancellationToken);

    private Task<IReadOnlyList<ReviewDecision>> QueryAsync(string? filter, CancellationToken cancellationToken) =>
        storage.UseAsync<IReadOnlyList<ReviewDecision>>(async () =>
        {
            var decisions = new List<ReviewDecision>();
            await foreach (var e in storage.Reviews.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                // A decision is recorded only about a figure of the vocabulary, so each row's codes and period read back.
                if (!CountryCode.TryParse(e.GetString("Country"), out var country)
                    || !Indicator.TryParse(e.GetString("Indicator"), out var indicator)
                    || !Period.TryParse(e.GetString("Measure"), e.GetString("Period"), out var period))
                {
                    continue;
                }

                decisions.Add(new ReviewDecision
                {
                    Id = e.GetString("Id"),
                    DocumentSha256 = e.GetString("DocumentSha256"),
                    Country = country,
                    Site = e.GetString("Site"),
                    Indicator = indicator,
                    Period = period,
                    Decision = e.GetString("Decision"),
                    Value = e.GetInt64("Value"),
                    Note = e.GetString("Note"),
                    Reviewer = e.GetString("Reviewer"),
                    DecidedAt = e.GetDateTimeOffset("DecidedAt")!.Value,
                    Previous = e.GetString("Previous"),
                });
            }

            return decisions;
        }, cancellationToken);
}
