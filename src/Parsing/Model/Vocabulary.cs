namespace MigrationFeeds.Parsing.Model;

/// <summary>The indicator codes of the shared vocabulary (shared/DOMAIN.md).</summary>
public static class Indicators
{
    public const string Arrivals = "arrivals";
    public const string UascArrivals = "uasc_arrivals";
    public const string UascPresent = "uasc_present";
    public const string AsylumIntentions = "asylum_intentions";
    public const string AsylumApplications = "asylum_applications";
    public const string Accommodated = "accommodated";
    public const string Capacity = "capacity";
    public const string PresentTotal = "present_total";
    public const string OutsideAccommodation = "outside_accommodation";
    public const string OccupancyRate = "occupancy_rate";

    public static IReadOnlyList<string> All { get; } =
    [
        Arrivals, UascArrivals, UascPresent, AsylumIntentions, AsylumApplications,
        Accommodated, Capacity, PresentTotal, OutsideAccommodation, OccupancyRate,
    ];

    public static bool IsKnown(string code) => All.Contains(code, StringComparer.Ordinal);
}

/// <summary>The measure codes: how a value relates to its period.</summary>
public static class Measures
{
    public const string Month = "month";
    public const string Year = "year";
    public const string Cumulative = "cumulative";
    public const string Stock = "stock";

    public static IReadOnlyList<string> All { get; } = [Month, Year, Cumulative, Stock];
}

/// <summary>ISO 3166 alpha-3 codes of the Western Balkans six (Kosovo as XKX) and the derived region.</summary>
public static class Countries
{
    public const string Albania = "ALB";
    public const string BosniaAndHerzegovina = "BIH";
    public const string NorthMacedonia = "MKD";
    public const string Montenegro = "MNE";
    public const string Serbia = "SRB";
    public const string Kosovo = "XKX";
    public const string Region = "WB6";

    public static IReadOnlyList<string> Six { get; } =
        [Albania, BosniaAndHerzegovina, Kosovo, Montenegro, NorthMacedonia, Serbia];

    public static bool IsKnown(string code) => code == Region || Six.Contains(code, StringComparer.Ordinal);
}
