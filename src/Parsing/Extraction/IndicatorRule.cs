using MigrationFeeds.Parsing.Model;
using System.Text.RegularExpressions;

namespace MigrationFeeds.Parsing.Extraction;

/// <summary>
/// Attributes a number to an indicator by the phrase around it. A rule matches a number when
/// <see cref="After"/> matches the text right after it (anchored at its start) and
/// <see cref="Before"/> the text right before it (anchored at its end), whichever are set, and the
/// sentence conditions hold.
/// </summary>
internal sealed record IndicatorRule
{
    /// <summary>For diagnostics and tests.</summary>
    public required string Name { get; init; }

    public required string Indicator { get; init; }
    public required IndicatorKind Kind { get; init; }

    public Regex? Before { get; init; }

    /// <summary>A group named <c>site</c> in it names the site the figure is about.</summary>
    public Regex? After { get; init; }

    /// <summary>
    /// The text right before the number must not match this (anchored at its end): "counselling to
    /// 176 persons in reception centres" counts a service, not the persons accommodated.
    /// </summary>
    public Regex? BeforeMustNotMatch { get; init; }

    /// <summary>The sentence must contain this (e.g. UASC counted among arrivals must mention arrivals).</summary>
    public Regex? SentenceMustMatch { get; init; }

    /// <summary>The clause of the number must not contain this (e.g. "closed", "suspended").</summary>
    public Regex? ClauseMustNotMatch { get; init; }

    /// <summary>
    /// A better value stated next to the number, in group <c>value</c>: persons rather than cases
    /// ("18 asylum claims (9 cases involving 18 persons)").
    /// </summary>
    public Regex? ValueOverride { get; init; }

    /// <summary>Marks the figure approximate when the clause matches (e.g. "estimated").</summary>
    public Regex? ApproximateWhen { get; init; }
}
