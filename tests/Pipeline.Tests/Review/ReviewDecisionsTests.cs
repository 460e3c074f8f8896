using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Pipeline.Review;
using MigrationFeeds.Pipeline.Series;
using MigrationFeeds.Pipeline.Storage;
using MigrationFeeds.Pipeline.Tests.Series;

namespace MigrationFeeds.Pipeline.Tests.Review;

public sealed class ReviewDecisionsTests
{
    private static readonly Observation October = Obs.Of("a", "arrivals", "month", "2022-10", 2_401, "2022-11-18");
    private static readonly Observation Earlier = Obs.Of("a", "arrivals", "month", "2022-10", 2_367, "2022-11-05");

    private static ReviewDecision Decision(Observation o, string decision, long? value = null, int minute = 0) => new()
    {
        Id = FigureIdentity.Of(o),
        DocumentSha256 = o.Provenance.DocumentSha256,
        Country = o.Country!.Value,
        Indicator = o.Indicator!.Value,
        Period = o.Period!.Value,
        Decision = decision,
        Value = value,
        Reviewer = "r",
        DecidedAt = new DateTimeOffset(2026, 12, 1, 10, minute, 0, TimeSpan.Zero),
        Previous = "unreviewed",
    };

    private static IReadOnlyList<SeriesPoint> Build(params ReviewDecision[] decisions) =>
        SeriesBuilder.Build(Obs.Key("BIH", "arrivals"), ReviewDecisions.Apply([October, Earlier], ReviewDecisions.Current(decisions)), asOf: null, StringComparer.Ordinal, 0.05);

    [Fact]
    public void Identity_DoesNotDependOnTheParserOrThePlaceInTheDocument_AndNamesItsPartition()
    {
        var reparsed = October.Where(p => p with { ParserVersion = "next", RetrievedAt = p.RetrievedAt.AddDays(30) });

        Assert.Equal(FigureIdentity.Of(October), FigureIdentity.Of(reparsed));
        Assert.NotEqual(FigureIdentity.Of(October), FigureIdentity.Of(Earlier));
        Assert.Equal(new SeriesKey(CountryCode.BosniaAndHerzegovina, Indicator.Arrivals), FigureIdentity.KeyOf(FigureIdentity.Of(October)));
        Assert.Equal(new SeriesKey(CountryCode.Region, Indicator.Arrivals), FigureIdentity.KeyOf(FigureIdentity.Of(new string('a', 64), "WB6", null, "arrivals", "month", "2022-10")));
        Assert.Null(FigureIdentity.KeyOf("BIH.arrivals.not-a-hash"));
        Assert.Null(FigureIdentity.KeyOf("../../x"));
        Assert.False(FigureIdentity.IsWellFormed("../../x"));

        // Of an identity's form, but of no country of the six: refused as no figure, not as a malformed id.
        var elsewhere = FigureIdentity.Of(new string('a', 64), "HRV", null, "arrivals", "month", "2022-10");
        Assert.True(FigureIdentity.IsWellFormed(elsewhere));
        Assert.Null(FigureIdentity.KeyOf(elsewhere));
    }

    [Fact]
    public void Correct_UsesTheReviewersValue_AndKeepsTheValueAsRead()
    {
        var point = Assert.Single(Build(Decision(October, ReviewDecision.Correct, 2_450)));

        Assert.Equal(2_450, point.Value);
        Assert.Equal("corrected", point.Review);
        Assert.Equal(2_401, point.Provenance!.Review!.OriginalValue);
        Assert.Equal(2_450, point.Provenance.Review.Value);
    }

    [Fact]
    public void Correct_FigureAnotherDocumentStatesToo_ServesThatDocumentWithTheFigureAsRead()
    {
        var range = Obs.Of("a", "arrivals", "month", "2022-10", null, "2022-11-18", low: 2_300, high: 2_500);
        var text = Obs.Of("a", "arrivals", "month", "2022-10", null, "2022-11-18", low: 2_300, high: 2_500, doc: "text").Provenance;
        var stated = range.Where(p => p with { AlsoStatedIn = [text] });
        var corrected = ReviewDecisions.Apply([stated], ReviewDecisions.Current([Decision(stated, ReviewDecision.Correct, 2_450)]));

        var served = Assert.Single(SeriesBuilder.Build(Obs.Key("BIH", "arrivals"), corrected, null, StringComparer.Ordinal, 0.05)).Provenance!;

        Assert.Equal((2_450L, (long?)null, (long?)null), (served.Value!.Value, served.Low, served.High));
        var also = Assert.Single(served.AlsoStatedIn!);
        Assert.Equal((null, 2_300L, 2_500L), (also.Value, also.Low!.Value, also.High!.Value));
        Assert.Equal((text.DocumentUrl, "month", "2022-10"), (also.DocumentUrl, also.Measure, also.Period.ToString()));
        Assert.Null(also.Review);
    }

    [Fact]
    public void Reject_LeavesTheFigureOut_SoTheEarlierDocumentGivesTheMonth()
    {
        var point = Assert.Single(Build(Decision(October, ReviewDecision.Reject)));

        Assert.Equal(2_367, point.Value);
        Assert.Null(point.Review);
    }

    [Fact]
    public void TheLatestDecisionIsInForce()
    {
        var point = Assert.Single(Build(Decision(October, ReviewDecision.Reject, minute: 1), Decision(October, ReviewDecision.Confirm, minute: 2)));

        Assert.Equal(2_401, point.Value);
        Assert.Equal("confirmed", point.Review);
    }

    [Fact]
    public void ConfirmedFigureBelowTheConfidenceFloor_EntersTheSeries()
    {
        var unsure = October.Where(p => p with { Confidence = 0.3 });
        var confirmed = ReviewDecisions.Apply([unsure], ReviewDecisions.Current([Decision(October, ReviewDecision.Confirm)]));

        Assert.Empty(SeriesBuilder.Build(Obs.Key("BIH", "arrivals"), [unsure], null, StringComparer.Ordinal, 0.05, confidenceFloor: 0.7));
        Assert.Equal(2_401, Assert.Single(SeriesBuilder.Build(Obs.Key("BIH", "arrivals"), confirmed, null, StringComparer.Ordinal, 0.05, confidenceFloor: 0.7)).Value);
    }
}
