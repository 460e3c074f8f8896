using MigrationFeeds.Parsing.Language.Periods;
using System.Globalization;
using System.Text;
using System.Text.Json.Serialization;
using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Pipeline.Series;
using MigrationFeeds.Pipeline.Sources;
using MigrationFeeds.Pipeline.Storage;
using Microsoft.Extensions.Options;

namespace MigrationFeeds.Pipeline.Query;

public sealed record SeriesResult
{
    /// <summary>The indicator asked for; several comma-separated when several were (each point then names its own).</summary>
    public required string Indicator { get; init; }

    /// <summary>The indicator's definition, unit and measure; null when several indicators were asked for (see <see cref="Indicators"/>).</summary>
    public string? Definition { get; init; }
    public string? Unit { get; init; }
    public string? Measure { get; init; }

    /// <summary>Each indicator asked for, with its definition, unit and measure.</summary>
    public IReadOnlyList<IndicatorDefinition> Indicators { get; init; } = [];

    public required IReadOnlyList<string> Countries { get; init; }
    public string? Site { get; init; }

    /// <summary>The first month of the range: as asked, or the first month served when the request left it open (null if none).</summary>
    public string? From { get; init; }

    /// <summary>The last month of the range: as asked, or the last month served when the request left it open (null if none).</summary>
    public string? To { get; init; }
    public string? AsOf { get; init; }

    /// <summary>The sources behind the chosen values and their alternatives.</summary>
    public required IReadOnlyList<string> Sources { get; init; }

    public required IReadOnlyList<SeriesPoint> Points { get; init; }

    /// <summary>
    /// When the region is asked for: the region's own published series (Frontex's Western Balkan route), each under its
    /// name, beside the sum of the six countries in <see cref="Points"/>.
    /// </summary>
    public IReadOnlyList<RegionalSeries> Regional { get; init; } = [];
}

/// <summary>A series a source publishes for the region as a whole: not a sum of countries, and not defined as they are.</summary>
public sealed record RegionalSeries
{
    public required string Name { get; init; }

    /// <summary>Written as its code, <c>arrivals</c>.</summary>
    [JsonConverter(typeof(IndicatorJsonConverter))]
    public required Indicator Indicator { get; init; }
    public required string Source { get; init; }
    public required string Publisher { get; init; }
    public required string Definition { get; init; }
    public required IReadOnlyList<SeriesPoint> Points { get; init; }
}

/// <summary>
/// Monthly series as docs/series.md defines them. The current series, chosen across sources or of one source, is read
/// from the materialised table (<see cref="SeriesStore"/>; the app keeps the answers built from it under a
/// <see cref="SeriesStamp"/>); a series as of a past date or for one site is computed from the observations.
/// </summary>
public sealed class SeriesQuery(SeriesStore store, SeriesComputer computer, IEnumerable<ISource> sources, Citations citations)
{
    /// <summary>The sources that publish figures for the region itself.</summary>
    private readonly IReadOnlyList<ISource> regionalSources = [.. sources.Where(s => s.Coverage.Countries.Contains(CountryCode.Region))];

    public async Task<SeriesResult> GetAsync(SeriesRequest request, CancellationToken cancellationToken)
    {
        var definitions = request.Indicators.Select(IndicatorCatalog.Get).ToList();
        var points = new List<SeriesPoint>();
        var regional = new List<RegionalSeries>();
        foreach (var indicator in request.Indicators)
        {
            var one = request with { Indicator = indicator, Indicators = [indicator] };
            foreach (var point in await IndicatorAsync(one, cancellationToken).ConfigureAwait(false))
            {
                points.Add(point with { Indicator = indicator });
            }

            if (request.Countries.Contains(CountryCode.Region) && request.Source is null && request.Site is null)
            {
                regional.AddRange(await RegionalAsync(one, cancellationToken).ConfigureAwait(false));
            }
        }

        var single = definitions.Count == 1 ? definitions[0] : null;
        var periods = points.Select(p => p.Period.ToString()).Order(StringComparer.Ordinal).ToList();
        return new SeriesResult
        {
            Indicator = string.Join(',', request.Indicators),
            Definition = single?.Definition,
            Unit = single?.Unit,
            Measure = single?.MonthlyMeasure,
            Indicators = definitions,
            Countries = [.. request.Countries.Select(c => c.Code)],
            Site = request.Site,
            From = request.FromOpen ? periods.FirstOrDefault() : request.From.ToString(),
            To = request.ToOpen ? periods.LastOrDefault() : request.To.ToString(),
            AsOf = request.AsOf is { } asOf ? PeriodText.Day(asOf) : null,
            Sources = [.. points.SelectMany(SourcesOf).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            Points = await citations.CiteAsync(points, cancellationToken).ConfigureAwait(false),
            Regional = regional,
        };
    }

    private async Task<List<RegionalSeries>> RegionalAsync(SeriesRequest request, CancellationToken cancellationToken)
    {
        var series = new List<RegionalSeries>();
        foreach (var source in regionalSources.Where(s => s.Coverage.Indicators.Contains(request.Indicator)))
        {
            var points = await CountryAsync(CountryCode.Region, request with { Source = source.Id }, cancellationToken).ConfigureAwait(false);
            var meaning = SourceDefinitionCatalog.For(source.Id, request.Indicator);
            series.Add(new RegionalSeries
            {
                Name = $"{source.Publisher}: {meaning.Name}",
                Indicator = request.Indicator,
                Source = source.Id,
                Publisher = source.Publisher,
                Definition = meaning.Id,
                Points = await citations.CiteAsync(points.Where(p => InRange(p, request)).Select(p => p with { Indicator = request.Indicator }), cancellationToken).ConfigureAwait(false),
            });
        }

        return series;
    }

    private async Task<List<SeriesPoint>> IndicatorAsync(SeriesRequest request, CancellationToken cancellationToken)
    {
        var points = new List<SeriesPoint>();
        foreach (var country in request.Countries)
        {
            if (country.IsRegion && request.Source is null)
            {
                // A regional rate is regional accommodated over regional capacity, never a sum of rates.
                points.AddRange(request.Indicator == Indicator.OccupancyRate
                    ? DerivedSeries.Occupancy(
                        DerivedSeries.Region(await SixAsync(Indicator.Accommodated, request, cancellationToken).ConfigureAwait(false)),
                        DerivedSeries.Region(await SixAsync(Indicator.Capacity, request, cancellationToken).ConfigureAwait(false)))
                    : DerivedSeries.Region(await SixAsync(request.Indicator, request, cancellationToken).ConfigureAwait(false)));
            }
            else
            {
                points.AddRange(await CountryAsync(country, request, cancellationToken).ConfigureAwait(false));
            }
        }

        return [.. points.Where(p => InRange(p, request))];
    }

    private async Task<List<SeriesPoint>> SixAsync(Indicator indicator, SeriesRequest request, CancellationToken cancellationToken)
    {
        var all = new List<SeriesPoint>();
        foreach (var c in CountryCode.Six)
        {
            all.AddRange(await CountryAsync(c, request with { Indicator = indicator, Site = null }, cancellationToken).ConfigureAwait(false));
        }

        return all;
    }

    private async Task<IReadOnlyList<SeriesPoint>> CountryAsync(CountryCode country, SeriesRequest request, CancellationToken cancellationToken) =>
        [.. (await ChosenAsync(country, request, cancellationToken).ConfigureAwait(false)).Select(p => p with { Definition = DefinitionOf(p, request.Indicator) })];

    /// <summary>A value stated by a source counts what that source means by the indicator; a rate is the project's own.</summary>
    private static string? DefinitionOf(SeriesPoint point, Indicator indicator) => point.Source switch
    {
        DerivedSeries.DerivedSource => indicator.Code,
        DerivedSeries.SumSource => point.Definition,
        _ => SourceDefinitionCatalog.IdFor(point.Source, indicator),
    };

    /// <summary>One country's points; with <see cref="SeriesRequest.ReviewedOnly"/>, only those a person confirmed or corrected, so a regional sum adds only those.</summary>
    private async Task<IReadOnlyList<SeriesPoint>> ChosenAsync(CountryCode country, SeriesRequest request, CancellationToken cancellationToken)
    {
        var points = await AllOfCountryAsync(country, request, cancellationToken).ConfigureAwait(false);
        return request.ReviewedOnly ? [.. points.Where(p => p.Review is not null)] : points;
    }

    private async Task<IReadOnlyList<SeriesPoint>> AllOfCountryAsync(CountryCode country, SeriesRequest request, CancellationToken cancellationToken)
    {
        var key = new SeriesKey(country, request.Indicator);
        if (request.AsOf is null && request.Site is null)
        {
            var materialised = request.Source is null
                ? await store.ReadCountryAsync(key, cancellationToken).ConfigureAwait(false)
                : await store.ReadSourceAsync(key, request.Source, cancellationToken).ConfigureAwait(false);
            return [.. materialised.Where(p => InRange(p, request))];
        }

        var computed = request.Indicator == Indicator.OccupancyRate
            ? DerivedSeries.Occupancy(
                await ComputeAsync(key.With(Indicator.Accommodated), request, cancellationToken).ConfigureAwait(false),
                await ComputeAsync(key.With(Indicator.Capacity), request, cancellationToken).ConfigureAwait(false))
            : await ComputeAsync(key, request, cancellationToken).ConfigureAwait(false);
        var site = request.Site is null ? null : SiteKey(request.Site);
        return [.. computed.Where(p => (p.Site is null ? null : SiteKey(p.Site)) == site)];
    }

    private Task<IReadOnlyList<SeriesPoint>> ComputeAsync(SeriesKey key, SeriesRequest request, CancellationToken cancellationToken) =>
        computer.ComputeAsync(key, request.AsOf, request.Source, cancellationToken);

    private static bool InRange(SeriesPoint point, SeriesRequest request) => point.Month >= request.From && point.Month <= request.To;

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
