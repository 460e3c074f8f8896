using System.Globalization;
using MigrationFeeds.Pipeline.Series;
using MigrationFeeds.Pipeline.Storage;

namespace MigrationFeeds.Pipeline.Review;

/// <summary>Records a person's decision about one figure and rebuilds the series it belongs to.</summary>
public sealed class ReviewService(ObservationStore observations, ReviewStore reviews, SeriesMaterializer materializer, TimeProvider clock)
{
    /// <returns>The decision recorded; null when no stored figure has this identity.</returns>
    public async Task<ReviewDecision?> DecideAsync(string id, string decision, long? value, string? note, string reviewer, CancellationToken cancellationToken)
    {
        if (FigureIdentity.KeyOf(id) is not { } key)
        {
            return null;
        }

        var rows = await observations.ReadAllAsync(key.Country, key.Indicator, cancellationToken).ConfigureAwait(false);
        var figure = rows.Where(o => FigureIdentity.Of(o) == id).OrderBy(o => o.Provenance.RetrievedAt).FirstOrDefault();
        if (figure?.Period is not { } period)
        {
            // No figure has this identity, or its period is of no form of the vocabulary and it stands in no series.
            return null;
        }

        var earlier = ReviewDecisions.Current(await reviews.ReadAsync(key, cancellationToken).ConfigureAwait(false)).GetValueOrDefault(id);
        var recorded = new ReviewDecision
        {
            Id = id,
            DocumentSha256 = figure.Provenance.DocumentSha256,
            Country = key.Country,
            Site = figure.Figure.Site,
            Indicator = key.Indicator,
            Period = period,
            Decision = decision,
            Value = decision == ReviewDecision.Correct ? value : null,
            Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
            Reviewer = reviewer,
            DecidedAt = clock.GetUtcNow(),
            Previous = earlier is null
                ? "unreviewed, read as " + Text(figure.Figure.Value, figure.Figure.Low, figure.Figure.High)
                : $"{earlier.Decision}{(earlier.Value is { } v ? " " + v.ToString(CultureInfo.InvariantCulture) : "")} by {earlier.Reviewer} at {earlier.DecidedAt.ToString("o", CultureInfo.InvariantCulture)}",
        };
        await reviews.AppendAsync(recorded, cancellationToken).ConfigureAwait(false);
        await materializer.RefreshAsync([key], cancellationToken).ConfigureAwait(false);
        return recorded;
    }

    private static string Text(long? value, long? low, long? high) =>
        value?.ToString(CultureInfo.InvariantCulture) ?? $"{low?.ToString(CultureInfo.InvariantCulture)}-{high?.ToString(CultureInfo.InvariantCulture)}";
}
