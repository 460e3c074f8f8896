using System.Text.Json;
using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Pipeline.Series;

namespace MigrationFeeds.Pipeline.Tests.Series;

public sealed class TypedPeriodTests
{
    [Fact]
    public void Observation_ParsesItsFigure_AndAgainWhenACorrectionReplacesIt()
    {
        var o = Obs.Of("a", "accommodated", "stock", "2022-10-31", 1_204, "2022-11-20", low: null);

        Assert.Equal(Period.Parse(Measures.Stock, "2022-10-31"), o.Period);
        Assert.Equal(CountryCode.BosniaAndHerzegovina, o.Country);
        Assert.Equal(Indicator.Accommodated, o.Indicator);
        Assert.Equal(Quantity.Exact(1_204), o.Quantity);

        var corrected = o with { Figure = o.Figure with { Period = "2022-11", Low = 10, High = 20, Value = null } };
        Assert.Equal(Period.StockAtEndOf(2022, 11), corrected.Period);
        Assert.Equal(Quantity.Range(10, 20), corrected.Quantity);
        Assert.Equal(o.Period, (o with { Review = null }).Period);
    }

    [Fact]
    public void APeriodOfNoFormOfItsMeasure_LeavesTheObservationOutOfTheSeries()
    {
        var ok = Obs.Of("a", "arrivals", "month", "2022-10", 100, "2022-11-20");
        var bad = Obs.Of("b", "arrivals", "month", "2022-10-31", 900, "2022-11-20");

        Assert.Null(bad.Period);
        var point = Assert.Single(SeriesBuilder.Build(Obs.Key("BIH", "arrivals"), [ok, bad], null, StringComparer.Ordinal, 0.05));
        Assert.Equal("a", point.Source);
        Assert.Empty(point.Alternatives);
    }

    [Fact]
    public void APointsMonth_IsStoredAndServedAsTheText_AndReadBack()
    {
        var point = new SeriesPoint { Country = CountryCode.BosniaAndHerzegovina, Period = Period.Month(2022, 3), Value = 5, Source = "a" };

        var json = JsonSerializer.Serialize(point, PipelineJson.Options);

        Assert.Contains("\"period\":\"2022-03\"", json, StringComparison.Ordinal);
        Assert.Equal(point.Period, JsonSerializer.Deserialize<SeriesPoint>(json, PipelineJson.Options)!.Period);
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<SeriesPoint>(json.Replace("2022-03", "2022-03-31", StringComparison.Ordinal), PipelineJson.Options));
    }
}
