using System.Globalization;
using MigrationFeeds.Parsing.Model;

namespace MigrationFeeds.Pipeline.Query;

/// <summary>A validated request for a monthly series of one indicator in one country.</summary>
public sealed record SeriesRequest
{
    /// <summary>No more than this many months in one request, so a query stays a bounded scan.</summary>
    public const int MaxMonths = 600;

    public required string Indicator { get; init; }
    public required string Country { get; init; }
    public required string From { get; init; }
    public required string To { get; init; }

    /// <summary>Validates raw parameters; every problem is named by its parameter, for a 400 problem+json.</summary>
    public static (SeriesRequest? Request, IReadOnlyDictionary<string, string[]> Errors) Create(
        string? indicator, string? country, string? from, string? to)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var ind = indicator?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(ind))
        {
            errors["indicator"] = ["Required. One of: " + string.Join(", ", Indicators.All) + "."];
        }
        else if (!Indicators.IsKnown(ind) || ind == Indicators.OccupancyRate)
        {
            errors["indicator"] = [$"Unknown indicator. One of: {string.Join(", ", Indicators.All.Where(i => i != Indicators.OccupancyRate))}."];
        }

        var c = country?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(c))
        {
            errors["country"] = ["Required. One of: " + string.Join(", ", Countries.Six) + "."];
        }
        else if (!Countries.Six.Contains(c, StringComparer.Ordinal))
        {
            errors["country"] = ["Unknown country. One of: " + string.Join(", ", Countries.Six) + "."];
        }

        var fromMonth = ParseMonth(from, "from", errors);
        var toMonth = ParseMonth(to, "to", errors);
        if (fromMonth is { } f && toMonth is { } t)
        {
            if (t < f)
            {
                errors["to"] = ["Must not be before 'from'."];
            }
            else if ((t.Year - f.Year) * 12 + t.Month - f.Month + 1 > MaxMonths)
            {
                errors["to"] = [$"At most {MaxMonths} months in one request."];
            }
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        return (new SeriesRequest { Indicator = ind!, Country = c!, From = Format(fromMonth!.Value), To = Format(toMonth!.Value) }, errors);
    }

    private static DateOnly? ParseMonth(string? value, string name, Dictionary<string, string[]> errors)
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

    private static string Format(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
