using System.Globalization;
using MigrationFeeds.Parsing.Model;

namespace MigrationFeeds.Parsing.Extraction.Labels;

/// <summary>Where a number stands, for reading it: its own words, its clause, and the sentence it is in.</summary>
/// <summary>
/// Where a number stands, for reading it: the number, its own words, its clause, and the stretch between its
/// neighbours (the numbers before and after it, or the sentence's ends).
/// </summary>
internal readonly record struct NumberPlace(int Start, int End, int OwnStart, int OwnEnd, int ClauseStart, int ClauseEnd, int AfterPrevious = 0, int BeforeNext = int.MaxValue);

/// <summary>
/// What a number counts, how surely (0–1), whether its words make it an estimate, and whether they only place
/// it (then, after a flow figure of its sentence, it is a part of that figure).
/// </summary>
internal sealed record LabelReading(Indicator Indicator, double Score, double Confidence, bool Approximate, bool PlacesOnly)
{
    /// <summary>The scores and the number's own concepts, for <c>extract --explain</c>.</summary>
    public string Explanation { get; init; } = string.Empty;
}

/// <summary>
/// Tells what a number counts from the concepts around it (<see cref="ConceptTagger"/>) and the readings of
/// indicators.txt: each indicator whose key stands in the number's own words is scored by its key, its
/// support and its opposition, each concept weighed by where it stands. The best reading wins when it reaches
/// the floor and leads the readings of other groups by the margin; otherwise the number is left out.
/// </summary>
internal static class IndicatorClassifier
{
    /// <summary>The reason given when no indicator's key stands in a number's words.</summary>
    public const string NoWords = "no indicator's words stand with it";

    /// <param name="text">The sentence, folded.</param>
    /// <param name="tags">The concepts of the sentence.</param>
    /// <param name="place">Where the number, its own words and its clause stand.</param>
    /// <param name="previousTags">The concepts of the sentence before, when this one points back to it: they may support a reading, never oppose it.</param>
    /// <param name="others">
    /// The own words of the sentence's other numbers: what they say, and what stands beyond them, may support this
    /// number's reading, never oppose it.
    /// </param>
    /// <param name="reason">Why no reading was chosen, when none is.</param>
    public static LabelReading? Classify(
        string text, IReadOnlyList<ConceptTag> tags, NumberPlace place, IReadOnlyList<ConceptTag>? previousTags, IReadOnlyList<(int Start, int End)> others, out string reason)
    {
        var settings = IndicatorLexicon.Settings;
        var readings = IndicatorLexicon.Readings;

        // "… have registered an intention to seek asylum: in January the figure was down to 475": a number that calls
        // itself "the figure" counts what its sentence named before it, when no other number stands between.
        if (OwnFactor(text, tags, place, "antecedent", settings) > 0 && !others.Any(o => o.Start < place.Start))
        {
            place = place with { OwnStart = 0, ClauseStart = 0 };
        }

        Span<double> scores = stackalloc double[readings.Count];
        Span<bool> placesOnly = stackalloc bool[readings.Count];
        var parts = new string[readings.Count];
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
                    factor = Math.Min(factor, Math.Max(OwnFactor(text, tags, place, concept, settings), ClauseTime(tags, place, concept, settings, others)));
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
            var said = new System.Text.StringBuilder();
            foreach (var (concept, weight) in reading.Support)
            {
                var add = weight * Factor(text, tags, place, concept, settings, previousTags);
                score += add;
                said.Append(add > 0 ? string.Create(CultureInfo.InvariantCulture, $" +{concept} {add:0.0}") : string.Empty);
            }

            foreach (var (concept, weight) in reading.Oppose)
            {
                var take = weight * Factor(text, tags, place, concept, settings, null, others);
                score -= take;
                said.Append(take > 0 ? string.Create(CultureInfo.InvariantCulture, $" -{concept} {take:0.0}") : string.Empty);
            }

            parts[i] = string.Create(CultureInfo.InvariantCulture, $"key {key:0.0}{said}");

            scores[i] = score;
            any = true;
        }

        if (!any)
        {
            reason = NoWords;
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
            reason = string.Create(CultureInfo.InvariantCulture, $"its words say {chosen.Indicator} too weakly ({scores[best]:0.0}: {parts[best]})");
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
        var own = string.Join(' ', tags.Where(t => t.Start >= place.OwnStart && t.End <= place.OwnEnd).Select(t => t.Concept).Distinct());
        var explanation = string.Create(CultureInfo.InvariantCulture,
            $"{chosen.Indicator} {scores[best]:0.0} ({parts[best]}){(rivalName is null ? string.Empty : $" over {rivalName} {rival:0.0}")}; its words: {own}");
        return new LabelReading(chosen.Indicator, scores[best], 0.6 + 0.25 * strength + 0.15 * lead, approximate, placesOnly[best]) { Explanation = explanation };
    }

    /// <summary>
    /// "In 2020, the data show 1409 asylum seekers": a time that opens the number's clause, with no other number between,
    /// is the number's own as a key's part.
    /// </summary>
    private static double ClauseTime(IReadOnlyList<ConceptTag> tags, NumberPlace place, string concept, ClassifierSettings settings, IReadOnlyList<(int Start, int End)> others)
    {
        if (!concept.EndsWith("-time", StringComparison.Ordinal))
        {
            return 0;
        }

        foreach (var tag in tags)
        {
            if (tag.Concept == concept && tag.Start >= place.ClauseStart && tag.End <= place.OwnStart && !others.Any(o => o.Start >= tag.End && o.End <= place.Start))
            {
                return settings.Own * tag.Weight;
            }
        }

        return 0;
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
    private static double Factor(
        string text, IReadOnlyList<ConceptTag> tags, NumberPlace place, string concept, ClassifierSettings settings, IReadOnlyList<ConceptTag>? previousTags,
        IReadOnlyList<(int Start, int End)>? others = null)
    {
        var best = 0.0;
        if (settings.Head.Contains(concept))
        {
            foreach (var tag in tags)
            {
                if (tag.Concept == concept && tag.Start >= place.End && tag.End <= place.OwnEnd && WordsBetween(text, tag, place) <= settings.HeadReach
                    && text.AsSpan(place.End, tag.Start - place.End).IndexOfAny('(', ')') < 0)
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
            else if (others is not null && (tag.Start < place.AfterPrevious || tag.End > place.BeforeNext || others.Any(o => tag.Start >= o.Start && tag.End <= o.End)))
            {
                continue;
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
