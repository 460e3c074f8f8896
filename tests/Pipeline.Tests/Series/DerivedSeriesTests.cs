using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Pipeline.Series;
using MigrationFeeds.Pipeline.Storage;

namespace MigrationFeeds.Pipeline.Tests.Series;

public sealed class DerivedSeriesTests
{
    [Fact]
    public void Region_AllSixPresent_IsCompleteSum()
    {
        var points = DerivedSeries.Region(new[] { "ALB", "BIH", "MKD", "MNE", "SRB", "XKX" }.Select((c, i) => Point(c, "2022-10", 100 * (i + 1))));

        var region = Assert.Single(points);
        Assert.Equal(2100, region.Value);
        Assert.True(region.Complete);
        Assert.Equal(6, region.Coverage!.Count);
    }

    [Fact]
    public void Region_CountryMissing_IsIncompleteWithCoverage()
    {
        var points = DerivedSeries.Region([Point("BIH", "2022-10", 2367), Point("SRB", "2022-10", 1500)]);

        var region = Assert.Single(points);
        Assert.Equal(3867, region.Value);
        Assert.False(region.Complete);
        Assert.Equal(["BIH", "SRB"], region.Coverage);
    }

    [Fact]
    public void Region_WithRange_SumsBoundsAndGivesNoSingleValue()
    {
        var range = new SeriesPoint { Country = CountryCode.BosniaAndHerzegovina, Period = Period.Month(2022, 10), Low = 300, High = 900, Approximate = true, Source = "a" };

        var region = Assert.Single(DerivedSeries.Region([range, Point("SRB", "2022-10", 100)]));

        Assert.Null(region.Value);
        Assert.Equal(400, region.Low);
        Assert.Equal(1000, region.High);
    }

    [Fact]
    public void Region_SitesAndRegionalFigures_AreNotSummed()
    {
        var site = Point("BIH", "2022-10", 812) with { Site = "Lipa" };
        var regional = Point("WB6", "2022-10", 2477);

        var region = Assert.Single(DerivedSeries.Region([Point("BIH", "2022-10", 2367), site, regional]));

        Assert.Equal(2367, region.Value);
    }

    [Fact]
    public void Occupancy_BothPresent_IsPercentOfCapacity()
    {
        var rate = Assert.Single(DerivedSeries.Occupancy([Point("BIH", "2022-10", 2104)], [Point("BIH", "2022-10", 5600), Point("BIH", "2022-11", 5600)]));

        Assert.Equal(37.6m, rate.Value);
        Assert.True(rate.Derived);
        Assert.Equal(2, rate.Inputs.Count);
    }

    [Fact]
    public void Occupancy_CapacityMissingOrZero_GivesNothing()
    {
        Assert.Empty(DerivedSeries.Occupancy([Point("BIH", "2022-10", 2104)], [Point("BIH", "2022-09", 5600)]));
        Assert.Empty(DerivedSeries.Occupancy([Point("BIH", "2022-10", 2104)], [Point("BIH", "2022-10", 0)]));
    }

    private static SeriesPoint Point(string country, string period, decimal value) => new()
    {
        Country = CountryCode.Parse(country),
        Period = Period.Parse(Measures.Month, period),
        Value = value,
        Source = "s",
        Provenance = new Provenance
        {
            SourceId = "s", DocumentUrl = "https://example.org/d.pdf", DocumentSha256 = new string('a', 64), Page = 1, Quote = "q",
            Measure = "month", Period = Period.Parse(Measures.Month, period), RetrievedAt = DateTimeOffset.UnixEpoch, ParserVersion = "t",
        },
    };
}
