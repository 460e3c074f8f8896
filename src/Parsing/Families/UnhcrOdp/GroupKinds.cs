using MigrationFeeds.Parsing.Model;

namespace MigrationFeeds.Parsing.Families.UnhcrOdp;

/// <summary>
/// The mapping from the portal's codes to the project's indicators. The name is read only where the codes leave
/// a question open (an estimate that counts arrivals); a group that no rule matches is skipped with the reason,
/// and so is any row whose count includes one.
/// </summary>
internal static class GroupKinds
{
    /// <summary>Words in a group's name that make an estimate a count of movements, not of persons present.</summary>
    private static readonly string[] MovementWords = ["arriv", "movement", "since", "displaced to"];

    public static (GroupKind? Kind, string Reason) Classify(PopulationGroup group) => group.DataType switch
    {
        "NEW" => NewArrivals(group),
        "REG" or "EST" when group.Accommodation == "C" => (GroupKind.Accommodated, string.Empty),
        "EST" => Estimate(group),
        "REG" => (null, "a registered population, which no indicator of the project counts"),
        "AWT" => (null, "persons awaiting registration, which no indicator of the project counts"),
        null => (null, "a group without a data type"),
        var other => (null, $"data type {other}, which no indicator of the project matches"),
    };

    public static string IndicatorOf(GroupKind kind) => kind switch
    {
        GroupKind.MonthlyArrivals or GroupKind.CumulativeArrivals => Indicators.Arrivals,
        GroupKind.Accommodated => Indicators.Accommodated,
        _ => Indicators.PresentTotal,
    };

    private static (GroupKind?, string) NewArrivals(PopulationGroup group) => (group.Cumulative, group.Frequency) switch
    {
        ("C", "D" or "M" or "A") => (GroupKind.CumulativeArrivals, string.Empty),
        ("NC", "M") => (GroupKind.MonthlyArrivals, string.Empty),
        ("NC", "D") => (null, "one day's new arrivals, not a month's"),
        // Real annual records are dated years after the arrivals they count ("new arrivals in August 2021").
        ("NC", "A") => (null, "annual new arrivals whose year the record does not state"),
        _ => (null, $"new arrivals with frequency {group.Frequency ?? "-"} and cumulative code {group.Cumulative ?? "-"}"),
    };

    private static (GroupKind?, string) Estimate(PopulationGroup group)
    {
        if (group.PopulationType == "ASY")
        {
            return (null, "an estimate of asylum-seekers only, not of everyone present");
        }

        var name = group.Name.ToLowerInvariant();
        return MovementWords.Any(w => name.Contains(w, StringComparison.Ordinal))
            ? (null, "an estimate of arrivals or movements, not of persons present")
            : (GroupKind.PresentTotal, string.Empty);
    }
}
