using System.Globalization;
using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Pipeline.Series;

namespace MigrationFeeds.Pipeline.Query;

/// <summary>A validated request for monthly series of one indicator in one or more countries, or the region.</summary>
public sealed record SeriesRequest
{
    /// <summary>No more than this many months in one request, so a query stays a bounded scan.</summary>
    public const int MaxMonths = 600;

    public required string Indicator { get; init; }
    public required IReadOnlyList<string> Countries { get; init; }
    public string? Site { get; init; }
    public required string From { get; init; }
    public required string To { get; init; }
    public DateOnly? AsOf { get; init; }
    public string? Source { get; init; }

    /// <summary>Only points a person confirmed or corrected (<c>reviewed=only</c>).</summary>
    public bool ReviewedOnly { get; init; }

    /// <summary>Validates raw parameters; every problem is named by its parameter, for a 400 problem+json.</summary>
    public static (SeriesRequest? Request, IReadOnlyDictionary<string, string[]> Errors) Create(
        string? indicator, string? country, string? from, string? to, string? site = null, string? asOf = null, string? source = null, string? reviewed = null)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var ind = indicator?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(ind) || IndicatorCatalog.Find(ind) is null)
        {
            errors["indicator"] = [(string.IsNullOrEmpty(ind) ? "Required." : "Unknown indicator.") + " One of: " + string.Join(", ", Indicators.All) + "."];
        }

        var countries = ParseCountries(country, errors);
        var fromMonth = Months.Parse(from, "from", errors);
        var toMonth = Months.Parse(to, "to", errors);
        if (fromMonth is { } f && toMonth is { } t)
        {
            if (t < f)
            {
                errors["to"] = ["Must not be before 'from'."];
            }
            else if (Months.Count(f, t) > MaxMonths)
            {
                errors["to"] = [$"At most {MaxMonths} months in one request."];
            }
        }

        DateOnly? asOfDate = null;
        if (!string.IsNullOrEmpty(asOf))
        {
            if (DateOnly.TryParseExact(asOf, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) && d.Year is >= 1990 and <= 2100)
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
            Indicator = ind!,
            Countries = countries!,
            Site = string.IsNullOrWhiteSpace(site) ? null : site.Trim(),
            From = Months.Format(fromMonth!.Value),
            To = Months.Format(toMonth!.Value),
            AsOf = asOfDate,
            Source = source?.ToLowerInvariant(),
            ReviewedOnly = reviewed == "only",
        }, errors);
    }

    private static List<string>? ParseCountries(string? value, Dictionary<string, string[]> errors)
    {
        var allowed = string.Join(", ", Parsing.Model.Countries.Six) + " or " + Parsing.Model.Countries.Region;
        if (string.IsNullOrWhiteSpace(value))
        {
            errors["country"] = ["Required: one or more of " + allowed + ", comma-separated."];
            return null;
        }

        var codes = value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(c => c.ToUpperInvariant()).Distinct(StringComparer.Ordinal).ToList();
        if (codes.Count == 0 || codes.Count > 7 || codes.Any(c => !Parsing.Model.Countries.IsKnown(c)))
        {
            errors["country"] = ["Unknown country. One or more of " + allowed + ", comma-separated."];
            return null;
        }

        return codes;
    }
}

/// <summary>Months written YYYY-MM.</summary>
public static class Months
{
    public static DateOnly? Parse(string? value, string name, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors[name] = ["Required, as YYYY-MM."];
            return null;
        }

        if (value.Length != 7
            || !DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month)
            || month.Year < 1990 || month.Year > 2100)
        {
            errors[name] = ["Must be a month written YYYY-MM, between 1990-01 and 2100-12."];
            return null;
        }

        return month;
    }

    public static int Count(DateOnly from, DateOnly to) => (to.Year - from.Year) * 12 + to.Month - from.Month + 1;

    public static string Format(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
