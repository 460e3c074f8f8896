using System.Text.Json.Serialization;
using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Pipeline.Ingestion;
using MigrationFeeds.Pipeline.Series;
using MigrationFeeds.Pipeline.Snapshot;
using MigrationFeeds.Pipeline.Sources;
using MigrationFeeds.Pipeline.Storage;

namespace MigrationFeeds.Pipeline.Query;

public sealed record Catalog
{
    public required IReadOnlyList<IndicatorDefinition> Indicators { get; init; }
    public required IReadOnlyList<CountryEntry> Countries { get; init; }
    public required IReadOnlyList<SourceEntry> Sources { get; init; }
}

public sealed record CountryEntry(string Code, string Name);

public sealed record SourceEntry
{
    public required string Id { get; init; }
    public required string Publisher { get; init; }
    public required string Description { get; init; }
    public required string Kind { get; init; }
    public required IReadOnlyList<string> Countries { get; init; }
    public required IReadOnlyList<string> Indicators { get; init; }

    /// <summary>What the source means by each of its indicators; points carry the id.</summary>
    public IReadOnlyList<IndicatorMeaning> Definitions { get; init; } = [];

    public DateTimeOffset? LastRun { get; init; }
    public string? LastOutcome { get; init; }
    public DateTimeOffset? LastSuccess { get; init; }

    /// <summary>The latest month (or year) the source's figures reach, written <c>2022-10</c> (or <c>2022</c>).</summary>
    [JsonConverter(typeof(PeriodJsonConverter))]
    public Period? LatestPeriod { get; init; }
    public string? Warning { get; init; }

    /// <summary>How often the source publishes: <c>monthly</c> or <c>yearly</c>.</summary>
    public required string Cadence { get; init; }

    /// <summary>The latest period is older than the cadence plus its grace; false when fresh or not yet known.</summary>
    public bool Stale { get; init; }

    /// <summary>The day the latest period's figures become (or became) stale; absent while no period is known.</summary>
    public DateOnly? StaleFrom { get; init; }

    /// <summary>On a snapshot run: how many of the source's recorded figures are real (the rest are stand-ins); absent live.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ReconstructionShare? Reconstruction { get; init; }
}

public sealed record SourceStatus(string Id, IReadOnlyList<SourceRunSummary> Runs)
{
    public bool Stale { get; init; }
    public DateOnly? StaleFrom { get; init; }

    /// <summary>Documents that failed for a passing reason: waiting for their next attempt, or given up on.</summary>
    public IReadOnlyList<RetryStatus> Retries { get; init; } = [];
}

/// <summary>What <c>/api/health</c> tells anyone: whether storage answers, and how each source's last run went. No error text.</summary>
public sealed record HealthReport(bool StorageReachable, IReadOnlyList<SourceHealth> Sources)
{
    public string Status => !StorageReachable ? "unhealthy" : Sources.Any(s => s.Stale || s.LastOutcome == RunOutcome.Failed) ? "degraded" : "healthy";
}

public sealed record SourceHealth(string Id, DateTimeOffset? LastRun, string? LastOutcome, DateTimeOffset? LastSuccess, bool Stale)
{
    /// <summary>Failed documents waiting for a retry (counts only: addresses and errors are for /api/status).</summary>
    public int PendingRetries { get; init; }

    public int GaveUpRetries { get; init; }
}

/// <summary>What the service holds (indicators, countries, sources with freshness), and how its runs went.</summary>
public sealed class CatalogQuery(IEnumerable<ISource> sources, RunStore runs, FailedDocumentStore failures, ReconstructionManifest reconstructions, TimeProvider clock)
{
    private static readonly IReadOnlyList<CountryEntry> CountryNames =
    [
        new(Countries.Albania, "Albania"),
        new(Countries.BosniaAndHerzegovina, "Bosnia and Herzegovina"),
        new(Countries.Kosovo, "Kosovo (S/RES/1244 (1999))"),
        new(Countries.Montenegro, "Montenegro"),
        new(Countries.NorthMacedonia, "North Macedonia"),
        new(Countries.Serbia, "Serbia"),
        new(Countries.Region, "Western Balkans six (derived)"),
    ];

    public async Task<Catalog> GetAsync(CancellationToken cancellationToken)
    {
        var entries = new List<SourceEntry>();
        foreach (var source in sources)
        {
            var recent = await runs.LatestAsync(source.Id, 20, cancellationToken).ConfigureAwait(false);
            var last = recent.FirstOrDefault();
            var success = recent.FirstOrDefault(r => r.Outcome != RunOutcome.Failed);
            var latestPeriod = recent.Select(r => r.LatestPeriod).FirstOrDefault(p => p is not null);
            entries.Add(new SourceEntry
            {
                Id = source.Id,
                Publisher = source.Publisher,
                Description = source.Description,
                Kind = source.Kind.ToString().ToLowerInvariant(),
                Countries = [.. source.Coverage.Countries.Select(c => c.Code)],
                Indicators = [.. source.Coverage.Indicators.Select(i => i.Code)],
                Definitions = [.. source.Coverage.Indicators.Select(i => SourceDefinitionCatalog.For(source.Id, i))],
                LastRun = last?.FinishedAt,
                LastOutcome = last?.Outcome,
                LastSuccess = success?.FinishedAt,
                LatestPeriod = latestPeriod,
                Warning = last?.Warnings.FirstOrDefault() ?? last?.Errors.FirstOrDefault(),
                Cadence = source.Cadence.Name,
                Stale = IsStale(source, latestPeriod),
                StaleFrom = source.Cadence.StaleFrom(latestPeriod),
                Reconstruction = reconstructions.ShareOf(source.Id),
            });
        }

        return new Catalog { Indicators = IndicatorCatalog.All, Countries = CountryNames, Sources = entries };
    }

    public async Task<IReadOnlyList<SourceStatus>> GetStatusAsync(int runsPerSource, CancellationToken cancellationToken)
    {
        var status = new List<SourceStatus>();
        var retries = await RetriesAsync(cancellationToken).ConfigureAwait(false);
        foreach (var source in sources)
        {
            var recent = await runs.LatestAsync(source.Id, runsPerSource, cancellationToken).ConfigureAwait(false);
            var latestPeriod = recent.Select(r => r.LatestPeriod).FirstOrDefault(p => p is not null);
            status.Add(new SourceStatus(source.Id, recent)
            {
                Stale = IsStale(source, latestPeriod),
                StaleFrom = source.Cadence.StaleFrom(latestPeriod),
                Retries = [.. retries[source.Id].OrderBy(r => r.Document.Url.AbsoluteUri, StringComparer.Ordinal).Select(RetryStatus.From)],
            });
        }

        return status;
    }

    /// <summary>Storage reached and each source's last run; storage that cannot be reached is an answer, not an error.</summary>
    public async Task<HealthReport> GetHealthAsync(CancellationToken cancellationToken)
    {
        try
        {
            var catalog = await GetAsync(cancellationToken).ConfigureAwait(false);
            var retries = await RetriesAsync(cancellationToken).ConfigureAwait(false);
            return new HealthReport(true, [.. catalog.Sources.Select(s => new SourceHealth(s.Id, s.LastRun, s.LastOutcome, s.LastSuccess, s.Stale)
            {
                PendingRetries = retries[s.Id].Count(r => !r.GaveUp),
                GaveUpRetries = retries[s.Id].Count(r => r.GaveUp),
            })]);
        }
        catch (Exception e) when (StorageFaults.IsUnavailable(e) || e is StorageUnavailableException)
        {
            return new HealthReport(false, []);
        }
    }

    /// <summary>The retry table in one query: it holds only failed documents.</summary>
    private async Task<ILookup<string, FailedDocument>> RetriesAsync(CancellationToken cancellationToken) =>
        (await failures.ListAllAsync(cancellationToken).ConfigureAwait(false)).ToLookup(f => f.SourceId, StringComparer.Ordinal);

    private bool IsStale(ISource source, Period? latestPeriod) =>
        source.Cadence.IsStale(latestPeriod, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
}
