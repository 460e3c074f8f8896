using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Pipeline.Storage;
using MigrationFeeds.TestSupport;

namespace MigrationFeeds.Pipeline.Tests.Storage;

/// <summary>
/// Table Storage's limits are met before a write: a document's issues past a property's 64 KB are cut with a count of
/// what was dropped, a transaction past 4 MB is split, and a row past an entity's size fails its document only.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class EntityLimitsTests(AzuriteServer azurite)
{
    private const string Sha = "aaaabbbbccccddddeeeeffff00001111aaaabbbbccccddddeeeeffff00001111";

    [Fact]
    public async Task DocumentState_IssuesOverThePropertyLimit_AreSavedCutWithTheDroppedCount()
    {
        await using var services = PipelineHarness.Create(azurite);
        var store = services.GetRequiredService<DocumentStore>();
        var issues = Enumerable.Range(0, 2_000)
            .Select(i => new ParseIssue { Code = ParseIssueCodes.SplitNumber, Message = $"Issue {i}: " + new string('x', 200), Quote = "5\uFFFD010" })
            .ToList();
        var state = new DocumentState
        {
            SourceId = "unhcr-bih-operational-update",
            Url = new Uri("https://reliefweb.int/attachments/x/flood.pdf"),
            Role = "primary",
            ContentType = "application/pdf",
            Sha256 = Sha,
            RetrievedAt = new DateTimeOffset(2022, 11, 26, 5, 15, 0, TimeSpan.Zero),
            Status = DocumentStatus.Failed,
            Issues = issues,
        };
        Assert.True(System.Text.Json.JsonSerializer.Serialize(issues).Length > 64 * 1024, "the issues must not fit a property as they are");

        await store.SaveAsync(state, CancellationToken.None);
        var read = await store.GetAsync(state.SourceId, state.Url, CancellationToken.None);

        Assert.NotNull(read);
        var last = read.Issues[^1];
        Assert.Equal(ParseIssueCodes.Truncated, last.Code);
        var kept = read.Issues.Count - 1;
        Assert.InRange(kept, 1, issues.Count - 1);
        Assert.Contains($"{issues.Count - kept:N0} more issues", last.Message, StringComparison.Ordinal);
        Assert.Equal(issues.Take(kept).Select(i => i.Message), read.Issues.Take(kept).Select(i => i.Message));
    }

    [Fact]
    public async Task Observations_OneTransactionOverFourMegabytes_AreSplitAndEveryRowIsStored()
    {
        await using var services = PipelineHarness.Create(azurite);
        // 60 rows of one partition fit one transaction by count; with quotes at the property limit they do not by size.
        var rows = Enumerable.Range(0, 60).Select(i => ObservationStoreTests.Row("2022-10", i, new string('ž', EntityLimits.MaxStringChars))).ToList();
        var actions = rows.Select((r, i) => new TableTransactionAction(TableTransactionActionType.UpsertReplace, new TableEntity("p", string.Create(System.Globalization.CultureInfo.InvariantCulture, $"r{i}")) { ["Quote"] = r.Figure.Quote })).ToList();
        var batches = EntityLimits.Batches(actions).ToList();
        Assert.True(batches.Count > 1, "the rows were not split");
        Assert.Equal(actions, batches.SelectMany(b => b));

        var written = await services.GetRequiredService<ObservationStore>().WriteAsync(rows, CancellationToken.None);

        Assert.Equal(rows.Count, written);
        var stored = await services.GetRequiredService<ObservationStore>().ReadAsync(CountryCode.BosniaAndHerzegovina, Indicator.Arrivals, new(2022, 10), new(2022, 10), CancellationToken.None);
        Assert.Equal(rows.Count, stored.Count);
        Assert.All(stored, o => Assert.Equal(EntityLimits.MaxStringChars, o.Figure.Quote.Length));
    }

    [Fact]
    public void Batches_ARowLargerThanAnEntityMayBe_IsRefusedBeforeAnyWrite()
    {
        var huge = new TableEntity("p", "r") { ["A"] = new string('a', 30_000), ["B"] = new string('ž', 30_000), ["C"] = new string('ž', 30_000), ["D"] = new string('ž', 30_000), ["E"] = new string('ž', 30_000), ["F"] = new string('ž', 30_000) };

        var e = Assert.Throws<InvalidDataException>(() => EntityLimits.Batches([new TableTransactionAction(TableTransactionActionType.UpsertReplace, huge)]).ToList());

        Assert.Contains("larger than a table row may be", e.Message, StringComparison.Ordinal);
    }
}
