using MigrationFeeds.Pipeline.Storage;

namespace MigrationFeeds.Pipeline.Review;

/// <summary>How decisions change the figures a series is built from (docs/series.md, "Review").</summary>
public static class ReviewDecisions
{
    /// <summary>Each figure's decision in force: the last one made.</summary>
    public static IReadOnlyDictionary<string, ReviewDecision> Current(IEnumerable<ReviewDecision> decisions) =>
        decisions.GroupBy(d => d.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(d => d.DecidedAt).Last(), StringComparer.Ordinal);

    /// <summary>
    /// Rejected figures are left out; corrected ones take the reviewer's value and keep the value as read beside it;
    /// confirmed ones are marked. Figures without a decision pass unchanged.
    /// </summary>
    public static IReadOnlyList<Observation> Apply(IReadOnlyList<Observation> observations, IReadOnlyDictionary<string, ReviewDecision> current)
    {
        if (current.Count == 0)
        {
            return observations;
        }

        var applied = new List<Observation>(observations.Count);
        foreach (var o in observations)
        {
            if (!current.TryGetValue(FigureIdentity.Of(o), out var d))
            {
                applied.Add(o);
                continue;
            }

            if (d.Decision == ReviewDecision.Reject)
            {
                continue;
            }

            var review = new AppliedReview
            {
                Decision = d.Decision,
                Value = d.Decision == ReviewDecision.Correct ? d.Value : o.Figure.Value,
                OriginalValue = o.Figure.Value,
                Reviewer = d.Reviewer,
                DecidedAt = d.DecidedAt,
                Note = d.Note,
            };
            applied.Add(d.Decision == ReviewDecision.Correct
                ? o with
                {
                    Figure = o.Figure with { Value = d.Value, Low = null, High = null, Approximate = false },
                    // The other documents still state the figure as read.
                    Provenance = o.Provenance with { AlsoStatedIn = o.Provenance.AlsoStatedIn?.Select(a => a.Citing(o)).ToList() },
                    Review = review,
                }
                : o with { Review = review });
        }

        return applied;
    }
}
