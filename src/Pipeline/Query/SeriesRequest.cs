using System.Globalization;
using MigrationFeeds.Parsing.Language.Periods;
using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Pipeline.Series;

namespace MigrationFeeds.Pipeline.Query;

/// <summary>A validated request for monthly series of one or more indicators in one or more countries, or the region.</summary>
public sealed record SeriesRequest
{
    /// <summary>No more than this many months in one request that names both ends, so a query stays a bounded scan.</summary>
    public const int MaxMonths = 600;

    /// <summary>The indicator computed now: the first asked for, or each in turn while several are.</summary>
    public required Indicator Indicator { get; init; }

    /// <summary>Every indicator asked for, in the order asked; a request for one holds just <see cref="Indicator"/>.</summary>
    public IReadOnlyList<Indicator> Indicators { get => field.Count == 0 ? [Indicator] : field; init; } = [];

    public required IReadOnlyList<CountryCode> Countries { get; init; }
    public string? Site { get; init; }

    /// <summary>The first month served; <see cref="Months.First"/> when the request leaves it open.</summary>
    public required YearMonth From { get; init; }

    /// <summary>The last month served; <see cref="Months.Last"/> when the request leaves it open.</summary>
    public required YearMonth To { get; init; }

    /// <summary>No <c>from</c> was given: the series starts where the data does.</summary>
    public bool FromOpen { get; init; }

    /// <summary>No <c>to</c> was given: the series ends where the data does.</summary>
    public bool ToOpen { get; init; }

    public DateOnly? AsOf { get; init; }
    public string? Source { get; init; }

    /// <summary>Only points a person confirmed or corrected (<c>reviewed=only</c>).</summary>
    public bool ReviewedOnly { get; init; }

    /// <summary>Validates raw parameters; every problem is named by its parameter, for a 400 problem+json.</summary>
    /// <param name="indicator">One indicator code, or several comma-separated.</param>
    /// <param name="from">Optional: YYYY (its January), YYYY-MM or YYYY-MM-DD (its month).</param>
    /// <param name="to">Optional: YYYY (its December), YYYY-MM or YYYY-MM-DD (its month).</param>
    /// <param name="knownSources">The source ids served; a <paramref name="source"/> not among them is refused. Null checks only the form.</param>
    public static (SeriesRequest? Request, IReadOnlyDictionary<string, string[]> Errors) Create(
        string? indicator, string? country, string? from, string? to, string? site = null, string? asOf = null, string? source = null, string? reviewed = null,
        IReadOnlyCollection<string>? knownSources = null)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var indicators = ParseIndicators(indicator, errors);
        var countries = ParseCountries(country, errors);
        var fromMonth = Months.Parse(from, "from", atEnd: false, errors);
        var toMonth = Months.Parse(to, "to", atEnd: true, errors);
        if (fromMonth is { } f && toMonth is { } t)
        {
            if (t < f)
            {
                errors["to"] = ["Must not be before 'from'."];
            }
            else if (!string.IsNullOrWhiteSpace(from) && !string.IsNullOrWhiteSpace(to) && Months.Count(f, t) > MaxMonths)
            {
                errors["to"] = [$"At most {MaxMonths} months in one request; leave 'from' or 'to' out for the whole range."];
            }
        }

        DateOnly? asOfDate = null;
        if (!string.IsNullOrEmpty(asOf))
        {
            if (PeriodText.TryParseDay(asOf, out var d) && d.Year is >= 1990 and <= 2100)
            {
                asOfDate = d;
            }
            else
            {
                errors["asOf"] = ["Must be a date written YYYY-MM-DD."];
            }
        }

        if (site is { Length: > 100 })
        {
            errors["site"] = ["At most 100 characters."];
        }

        if (source is not null && (source.Length is 0 or > 80 || !source.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')))
        {
            errors["source"] = ["A source id: letters, digits and hyphens."];
        }
        else if (source is not null && knownSources is not null && !knownSources.Contains(source, StringComparer.OrdinalIgnoreCase))
        {
            errors["source"] = [$"Unknown source '{source}'. One of: {string.Join(", ", knownSources)}."];
        }

        if (reviewed is not null && reviewed != "only")
        {
            errors["reviewed"] = ["'only', or leave it out."];
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        return (new SeriesRequest
        {
            Indicator = indicators![0],
            Indicators = indicators,
            Countries = countries!,
            Site = string.IsNullOrWhiteSpace(site) ? null : site.Trim(),
            From = fromMonth!.Value,
            To = toMonth!.Value,
            FromOpen = string.IsNullOrWhiteSpace(from),
            ToOpen = string.IsNullOrWhiteSpace(to),
            AsOf = asOfDate,
            Source = source?.ToLowerInvariant(),
            ReviewedOnly = reviewed == "only",
        }, errors);
    }

    private static List<Indicator>? ParseIndicators(string? value, Dictionary<string, string[]> errors)
    {
        var allowed = " One or more of: " + string.Join(", ", Parsing.Model.Indicators.All) + ", comma-separated.";
        var codes = (value ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(c => c.ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToList();
        if (codes.Count == 0)
        {
            errors["indicator"] = ["Required." + allowed];
            return null;
        }

        var unknown = codes.Where(c => !Indicator.TryParse(c, out _)).ToList();
        if (unknown.Count > 0)
        {
            errors["indicator"] = [$"Unknown indicator '{Shorten(string.Join(",", unknown))}'." + allowed];
            return null;
        }

        return [.. codes.Select(Indicator.Parse)];
    }

    private static List<CountryCode>? ParseCountries(string? value, Dictionary<string, string[]> errors)
    {
        var allowed = string.Join(", ", Parsing.Model.Countries.Six) + " or " + Parsing.Model.Countries.Region;
        if (string.IsNullOrWhiteSpace(value))
        {
            errors["country"] = ["Required: one or more of " + allowed + ", comma-separated."];
            return null;
        }

        var codes = value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(c => c.ToUpperInvariant()).Distinct(StringComparer.Ordinal).ToList();
        if (codes.Count == 0 || codes.Count > 7 || codes.Any(c => !CountryCode.TryParse(c, out _)))
        {
            errors["country"] = ["Unknown country. One or more of " + allowed + ", comma-separated."];
            return null;
        }

        return [.. codes.Select(CountryCode.Parse)];
    }

    /// <summary>A caller's text echoed in an error stays short.</summary>
    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}

/// <summary>Months written YYYY-MM; a request may give a year or a day, which stand for a month.</summary>
public static class Months
{
    public static YearMonth First { get; } = new(1990, 1);
    public static YearMonth Last { get; } = new(2100, 12);

    /// <summary>
    /// A bound of a range: YYYY-MM, YYYY (its January, or its December at the end of a range) or YYYY-MM-DD (its month).
    /// Absent or blank is the widest bound.
    /// </summary>
    public static YearMonth? Parse(string? value, string name, bool atEnd, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return atEnd ? Last : First;
        }

        DateOnly month;
        var parsed = value.Length switch
        {
            4 => PeriodText.TryParseMonth(value + (atEnd ? "-12" : "-01"), out month),
            7 => PeriodText.TryParseMonth(value, out month),
            10 => PeriodText.TryParseDay(value, out month),
            _ => Fail(out month),
        };
        if (!parsed || month.Year < 1990 || month.Year > 2100)
        {
            errors[name] = ["Must be written YYYY, YYYY-MM or YYYY-MM-DD, between 1990 and 2100."];
            return null;
        }

        return YearMonth.From(month);
    }

    public static int Count(YearMonth from, YearMonth to) => (to.Year - from.Year) * 12 + to.Month - from.Month + 1;

    private static bool Fail(out DateOnly month)
    {
        month = default;
        return false;
    }
}
