using MigrationFeeds.Parsing.Model;
using System.Text.RegularExpressions;

namespace MigrationFeeds.Parsing.Extraction;

/// <summary>A phrase that states a count of zero without a number ("there were no UASC among arrivals").</summary>
internal sealed record ZeroPhraseRule
{
    public required string Name { get; init; }
    public required string Indicator { get; init; }
    public required IndicatorKind Kind { get; init; }
    public required Regex Phrase { get; init; }
}
