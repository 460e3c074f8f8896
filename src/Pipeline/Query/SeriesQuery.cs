using System.Globalization;
using System.Text;
using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Pipeline.Series;
using MigrationFeeds.Pipeline.Storage;
using Microsoft.Extensions.Options;

namespace MigrationFeeds.Pipeline.Query;

public sealed record SeriesResult
{
    public required string Indicator { get; init; }
    public required string Definition { get; init; }
    public required string Unit { get; init; }
    public required string Measure { get; init; }
    public required IReadOnlyList<string> Countries { get; init; }
    public string? Site { get; init; }
    public required string From { get; init; }
    public required string To { get; init; }
    public string? AsOf { get; init; }

    /// <summary>The sources behind the chosen values and their alternatives.</summary>
    public required IReadOnlyList<string> Sources { get; init; }

    public required IReadOnlyList<SeriesPoint> Points { get; init; }
}

/// <summary>
/// Monthly series as docs/series.md defines them. The current series is read from the materialised table, through
/// the in-memory <see cref="SeriesCache"/>; a series as of a past date, for one site or from one source is computed
/// from the observations.
/// </summary>
public sealed class SeriesQuery(SeriesCache cache, SeriesComputer computer)
{
    public async Task<SeriesResult> GetAsync(SeriesRequest request, CancellationToken cancellationToken)
    {
        var definition = IndicatorCatalog.Get(request.Indicator);
        var points = new List<SeriesPoint>();
        foreach (var country in request.Countries)
        {
            if (country == Countries.Region && request.Source is null)
            {
                // A regional rate is regional accommodated over regional capacity, never a sum of rates.
                points.AddRange(request.Indicator == Indicators.OccupancyRate
                    ? DerivedSeries.Occupancy(
                        DerivedSeries.Region(await SixAsync(Indicators.Accommodated, request, cancellationToken).ConfigureAwait(false)),
                        DerivedSeries.Region(await SixAsync(Indicators.Capacity, request, cancellationToken).ConfigureAwait(false)))
                    : DerivedSeries.Region(await SixAsync(request.Indicator, request, cancellationToken).ConfigureAwait(false)));
            }
            else
            {
                points.AddRange(await CountryAsync(country, request, cancellationToken).ConfigureAwait(false));
            }
        }

        points = [.. points.Where(p => InRange(p.Period, request))];
        return new SeriesResult
        {
            Indicator = definition.Code,
            Definition = definition.Definition,
            Unit = definition.Unit,
            Measure = definition.MonthlyMeasure,
            Countries = request.Countries,
            Site = request.Site,
            From = request.From,
            To = request.To,
            AsOf = request.AsOf?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Sources = [.. points.SelectMany(SourcesOf).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            Points = points,
        };
    }

    private async Task<List<SeriesPoint>> SixAsync(string indicator, SeriesRequest request, CancellationToken cancellationToken)
    {
        var all = new List<SeriesPoint>();
        foreach (var c in Countries.Six)
        {
            all.AddRange(await CountryAsync(c, request with { Indicator = indicator, Site = null }, cancellationToken).ConfigureAwait(false));
        }

        return all;
    }

    /// <summary>One country's points; with <see cref="SeriesRequest.ReviewedOnly"/>, only those a person confirmed or corrected, so a regional sum adds only those.</summary>
    private async Task<IReadOnlyList<SeriesPoint>> CountryAsync(string country, SeriesRequest request, CancellationToken cancellationToken)
    {
        var points = await AllOfCountryAsync(country, request, cancellationToken).ConfigureAwait(false);
        return request.ReviewedOnly ? [.. points.Where(p => p.Review is not null)] : points;
    }

    private async Task<IReadOnlyList<SeriesPoint>> AllOfCountryAsync(string country, SeriesRequest request, CancellationToken cancellationToken)
    {
        if (request.AsOf is null && request.Source is null && request.Site is null)
        {
            var materialised = await cache.GetAsync(country, request.Indicator, cancellationToken).ConfigureAwait(false);
            return [.. materialised.Where(p => InRange(p.Period, request))];
        }

        var computed = request.Indicator == Indicators.OccupancyRate
            ? DerivedSeries.Occupancy(
                await ComputeAsync(country, Indicators.Accommodated, request, cancellationToken).ConfigureAwait(false),
                await ComputeAsync(country, Indicators.Capacity, request, cancellationToken).ConfigureAwait(false))
            : await ComputeAsync(country, request.Indicator, request, cancellationToken).ConfigureAwait(false);
        var site = request.Site is null ? null : SiteKey(request.Site);
        return [.. computed.Where(p => (p.Site is null ? null : SiteKey(p.Site)) == site)];
    }

    private Task<IReadOnlyList<SeriesPoint>> ComputeAsync(string country, string indicator, SeriesRequest request, CancellationToken cancellationToken) =>
        computer.ComputeAsync(country, indicator, request.AsOf, request.Source, cancellationToken);

    private static bool InRange(string period, SeriesRequest request) =>
        string.CompareOrdinal(period, request.From) >= 0 && string.CompareOrdinal(period, request.To) <= 0;

    private static IEnumerable<string> SourcesOf(SeriesPoint p) =>
        new[] { p.Source }.Concat(p.Inputs.Select(i => i.SourceId)).Concat(p.Alternatives.Select(a => a.Source))
            .Where(s => s is not (DerivedSeries.DerivedSource or DerivedSeries.SumSource));

    /// <summary>Sites are written with and without diacritics (Borići, Borici); they match either way.</summary>
    public static string SiteKey(string site)
    {
        var decomposed = site.Trim().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c == 'đ' || c == 'Đ' ? 'd' : char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }
}
