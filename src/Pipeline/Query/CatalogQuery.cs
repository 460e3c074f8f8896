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
    public string? LatestPeriod { get; init; }
    public string? Warning { get; init; }

    /// <summary>On a snapshot run: how many of the source's recorded figures are real (the rest are stand-ins); absent live.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ReconstructionShare? Reconstruction { get; init; }
}

public sealed record SourceStatus(string Id, IReadOnlyList<SourceRunSummary> Runs);

/// <summary>What the service holds (indicators, countries, sources with freshness), and how its runs went.</summary>
public sealed class CatalogQuery(IEnumerable<ISource> sources, RunStore runs, ReconstructionManifest reconstructions)
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
            entries.Add(new SourceEntry
            {
                Id = source.Id,
                Publisher = source.Publisher,
                Description = source.Description,
                Kind = source.Kind.ToString().ToLowerInvariant(),
                Countries = source.Coverage.Countries,
                Indicators = source.Coverage.Indicators,
                Definitions = [.. source.Coverage.Indicators.Select(i => SourceDefinitionCatalog.For(source.Id, i))],
                LastRun = last?.FinishedAt,
                LastOutcome = last?.Outcome,
                LastSuccess = success?.FinishedAt,
                LatestPeriod = recent.Select(r => r.LatestPeriod).FirstOrDefault(p => p is not null),
                Warning = last?.Warnings.FirstOrDefault() ?? last?.Errors.FirstOrDefault(),
                Reconstruction = reconstructions.ShareOf(source.Id),
            });
        }

        return new Catalog { Indicators = IndicatorCatalog.All, Countries = CountryNames, Sources = entries };
    }

    public async Task<IReadOnlyList<SourceStatus>> GetStatusAsync(int runsPerSource, CancellationToken cancellationToken)
    {
        var status = new List<SourceStatus>();
        foreach (var source in sources)
        {
            status.Add(new SourceStatus(source.Id, await runs.LatestAsync(source.Id, runsPerSource, cancellationToken).ConfigureAwait(false)));
        }

        return status;
    }
}
