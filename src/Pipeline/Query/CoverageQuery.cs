using Azure.Data.Tables;
using MigrationFeeds.Pipeline.Storage;

namespace MigrationFeeds.Pipeline.Query;

/// <summary>How much one country (or the region) holds: stored observations, from how many sources, over which months.</summary>
public sealed record CountryCoverage
{
    public required string Country { get; init; }
    public required int Observations { get; init; }
    public required IReadOnlyList<string> Sources { get; init; }
    public required int Indicators { get; init; }
    public required string FirstPeriod { get; init; }
    public required string LatestPeriod { get; init; }
}

/// <summary>
/// What the observations table holds per country, in one pass over it: the figure operators look at after a
/// run to see that every country is fed, and by more than one source.
/// </summary>
public sealed class CoverageQuery(StorageClients storage)
{
    private static readonly string[] Columns = ["Country", "Indicator", "SourceId", "Period"];

    public Task<IReadOnlyList<CountryCoverage>> GetAsync(CancellationToken cancellationToken) =>
        storage.UseAsync<IReadOnlyList<CountryCoverage>>(async () =>
        {
            var byCountry = new Dictionary<string, Tally>(StringComparer.Ordinal);
            await foreach (var e in storage.Observations.QueryAsync<TableEntity>(select: Columns, cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                var country = e.GetString("Country");
                var period = e.GetString("Period");
                if (country is null || period is null)
                {
                    continue;
                }

                if (!byCountry.TryGetValue(country, out var tally))
                {
                    byCountry[country] = tally = new Tally();
                }

                tally.Add(e.GetString("SourceId"), e.GetString("Indicator"), period);
            }

            return byCountry
                .OrderBy(p => p.Key, StringComparer.Ordinal)
                .Select(p => p.Value.ToCoverage(p.Key))
                .ToList();
        }, cancellationToken);

    private sealed class Tally
    {
        private readonly SortedSet<string> _sources = new(StringComparer.Ordinal);
        private readonly HashSet<string> _indicators = new(StringComparer.Ordinal);
        private int _observations;
        private string? _first;
        private string? _latest;

        public void Add(string? source, string? indicator, string period)
        {
            _observations++;
            if (source is not null)
            {
                _sources.Add(source);
            }

            if (indicator is not null)
            {
                _indicators.Add(indicator);
            }

            // A period is a month, a day, a year or a range ("2022-01/2022-03"); its start orders it, its end dates it.
            var start = period.Split('/')[0];
            var end = period.Split('/')[^1];
            _first = _first is null || string.CompareOrdinal(start, _first) < 0 ? start : _first;
            _latest = _latest is null || string.CompareOrdinal(end, _latest) > 0 ? end : _latest;
        }

        public CountryCoverage ToCoverage(string country) => new()
        {
            Country = country,
            Observations = _observations,
            Sources = [.. _sources],
            Indicators = _indicators.Count,
            FirstPeriod = _first!,
            LatestPeriod = _latest!,
        };
    }
}
