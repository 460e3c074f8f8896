using System.Globalization;
using MigrationFeeds.Parsing.Model;

namespace MigrationFeeds.Parsing.Extraction.Labels;

/// <summary>Where a number stands, for reading it: its own words, its clause, and the sentence it is in.</summary>
internal readonly record struct NumberPlace(int Start, int End, int OwnStart, int OwnEnd, int ClauseStart, int ClauseEnd);

/// <summary>
/// What a number counts, how surely (0–1), whether its words make it an estimate, and whether they only place
/// it (then, after a flow figure of its sentence, it is a part of that figure).
/// </summary>
internal sealed record LabelReading(Indicator Indicator, double Score, double Confidence, bool Approximate, bool PlacesOnly);

/// <summary>
/// Tells what a number counts from the concepts around it (<see cref="ConceptTagger"/>) and the readings of
/// indicators.txt: each indicator whose key stands in the number's own words is scored by its key, its
/// support and its opposition, each concept weighed by where it stands. The best reading wins when it reaches
/// the floor and leads the readings of other groups by the margin; otherwise the number is left out.
/// </summary>
internal static class IndicatorClassifier
{
    /// <param name="text">The sentence, folded.</param>
    /// <param name="tags">The concepts of the sentence.</param>
    /// <param name="place">Where the number, its own words and its clause stand.</param>
    /// <param name="previousTags">The concepts of the sentence before, when this one points back to it.</param>
    /// <param name="reason">Why no reading was chosen, when none is.</param>
    public static LabelReading? Classify(string text, IReadOnlyList<ConceptTag> tags, NumberPlace place, IReadOnlyList<ConceptTag>? previousTags, out string reason)
    {
        var settings = IndicatorLexicon.Settings;
        var readings = IndicatorLexicon.Readings;
        Span<double> scores = stackalloc double[readings.Count];
        Span<bool> placesOnly = stackalloc bool[readings.Count];
        var any = false;
        for (var i = 0; i < readings.Count; i++)
        {
            scores[i] = double.NaN;
            var reading = readings[i];
            var key = 0.0;
            foreach (var k in reading.Keys)
            {
                var factor = double.MaxValue;
                foreach (var concept in k.Concepts)
                {
                    factor = Math.Min(factor, OwnFactor(text, tags, place, concept, settings));
                }

                if (k.Weight * factor > key)
                {
                    key = k.Weight * factor;
                    placesOnly[i] = k.PlacesOnly;
                }
            }

            if (key <= 0)
            {
                continue;
            }

            var score = key;
            foreach (var (concept, weight) in reading.Support)
            {
                score += weight * Factor(text, tags, place, concept, settings, previousTags);
            }

            foreach (var (concept, weight) in reading.Oppose)
            {
                score -= weight * Factor(text, tags, place, concept, settings, previousTags);
            }

            scores[i] = score;
            any = true;
        }

        if (!any)
        {
            reason = "no indicator's words stand with it";
            return null;
        }

        var best = -1;
        for (var i = 0; i < readings.Count; i++)
        {
            if (!double.IsNaN(scores[i]) && (best < 0 || scores[i] > scores[best]))
            {
                best = i;
            }
        }

        var chosen = readings[best];
        if (scores[best] < settings.Floor)
        {
            reason = string.Create(CultureInfo.InvariantCulture, $"its words say {chosen.Indicator} too weakly ({scores[best]:0.0})");
            return null;
        }

        var rival = double.NegativeInfinity;
        string? rivalName = null;
        for (var i = 0; i < readings.Count; i++)
        {
            if (i == best || double.IsNaN(scores[i]))
            {
                continue;
            }

            var sameGroup = readings[i].Group == chosen.Group;
            if (sameGroup ? scores[i] >= scores[best] : scores[best] - scores[i] < settings.Margin)
            {
                reason = string.Create(CultureInfo.InvariantCulture,
                    $"its words say {chosen.Indicator} ({scores[best]:0.0}) or {readings[i].Indicator} ({scores[i]:0.0})");
                return null;
            }

            if (!sameGroup && scores[i] > rival)
            {
                rival = scores[i];
                rivalName = readings[i].Indicator.Code;
            }
        }

        var strength = Math.Clamp((scores[best] - settings.Floor) / 3, 0, 1);
        var lead = rivalName is null ? 1 : Math.Clamp((scores[best] - rival) / 3, 0, 1);
        var approximate = OwnFactor(text, tags, place, "estimate", settings) > 0;
        reason = string.Empty;
        return new LabelReading(chosen.Indicator, scores[best], 0.6 + 0.25 * strength + 0.15 * lead, approximate, placesOnly[best]);
    }

    /// <summary>How much the concept weighs in the number's own words (0 when it is not there).</summary>
    private static double OwnFactor(string text, IReadOnlyList<ConceptTag> tags, NumberPlace place, string concept, ClassifierSettings settings)
    {
        var best = 0.0;
        foreach (var tag in tags)
        {
            if (tag.Concept == concept && tag.Start >= place.OwnStart && tag.End <= place.OwnEnd)
            {
                var near = WordsBetween(text, tag, place) <= settings.Reach ? settings.Own : settings.Far;
                best = Math.Max(best, near * tag.Weight);
            }
        }

        return best;
    }

    /// <summary>How much the concept weighs wherever it stands: own words, clause, sentence, or the sentence pointed back to.</summary>
    private static double Factor(string text, IReadOnlyList<ConceptTag> tags, NumberPlace place, string concept, ClassifierSettings settings, IReadOnlyList<ConceptTag>? previousTags)
    {
        var best = 0.0;
        if (settings.Head.Contains(concept))
        {
            foreach (var tag in tags)
            {
                if (tag.Concept == concept && tag.Start >= place.End && tag.End <= place.OwnEnd && WordsBetween(text, tag, place) <= settings.HeadReach)
                {
                    best = Math.Max(best, tag.Weight);
                }
            }

            return best;
        }

        foreach (var tag in tags)
        {
            if (tag.Concept != concept)
            {
                continue;
            }

            double factor;
            if (tag.Start >= place.OwnStart && tag.End <= place.OwnEnd)
            {
                factor = WordsBetween(text, tag, place) <= settings.Reach ? settings.Own : settings.Far;
            }
            else if (tag.Start >= place.ClauseStart && tag.End <= place.ClauseEnd)
            {
                factor = settings.Clause;
            }
            else
            {
                factor = settings.Sentence;
            }

            best = Math.Max(best, factor * tag.Weight);
        }

        if (previousTags is not null)
        {
            foreach (var tag in previousTags)
            {
                if (tag.Concept == concept)
                {
                    best = Math.Max(best, settings.Previous * tag.Weight);
                }
            }
        }

        return best;
    }

    private static int WordsBetween(string text, ConceptTag tag, NumberPlace place)
    {
        var (from, to) = tag.End <= place.Start ? (tag.End, place.Start) : (place.End, tag.Start);
        var words = 0;
        var inWord = false;
        for (var i = Math.Max(0, from); i < Math.Min(text.Length, to); i++)
        {
            var letter = char.IsLetterOrDigit(text[i]);
            if (letter && !inWord)
            {
                words++;
            }

            inWord = letter;
        }

        return words;
    }
}
