using MigrationFeeds.Parsing.Extraction.Labels;
using MigrationFeeds.Parsing.Language.Numbers;
using MigrationFeeds.Parsing.Language.Text;

namespace MigrationFeeds.Parsing.Extraction;

/// <summary>A figure of what a label was read as, for a period, at one number of a sentence.</summary>
internal static class ReadingFigures
{
    public static FigureCandidate At(
        LabelReading reading, (string Measure, string Period) period, NumberMention number, Sentence sentence, string rule, double factor, string explanation) => new()
    {
        Indicator = reading.Indicator.Code,
        Measure = period.Measure,
        Period = period.Period,
        Value = number.Value,
        Approximate = number.Approximate,
        Sentence = sentence,
        Start = number.Start,
        Length = number.Length,
        Rule = reading.Indicator.Code + rule,
        Confidence = reading.Confidence * factor,
        Explanation = explanation + reading.Explanation,
    };
}
