using System.Text.Json;
using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Pipeline.Series;
using MigrationFeeds.Pipeline.Storage;

namespace MigrationFeeds.Pipeline.Tests.Series;

public sealed class SeriesKeyTests
{
    [Fact]
    public void Partition_IsWrittenAsTheCodesAlways_AndReadBack()
    {
        var key = new SeriesKey(CountryCode.BosniaAndHerzegovina, Indicator.Arrivals);

        Assert.Equal("BIH|arrivals", TableKeys.SeriesPartition(key.Country, key.Indicator));
        Assert.Equal("BIH|arrivals|by-source", TableKeys.SeriesBySourcePartition(key.Country, key.Indicator));
        Assert.Equal(TableKeys.ObservationPartition("WB6", "occupancy_rate"), TableKeys.ObservationPartition(CountryCode.Region, Indicator.OccupancyRate));
        Assert.True(TableKeys.TryParseObservationPartition("BIH|arrivals", out var country, out var indicator));
        Assert.Equal(key, new SeriesKey(country, indicator));
        Assert.Equal(IndicatorKind.Flow, indicator.Kind);
    }

    [Theory]
    [InlineData("HRV|arrivals")]
    [InlineData("BIH|departures")]
    [InlineData("BIH")]
    [InlineData("bih|arrivals")]
    public void Partition_OfACodeNotOfTheVocabulary_NamesNoSeries(string partition) =>
        Assert.False(TableKeys.TryParseObservationPartition(partition, out _, out _));

    [Fact]
    public void Observation_OfACountryNotOfTheSix_HasNoSeriesKey()
    {
        Assert.Equal(Obs.Key("SRB", "accommodated"), SeriesKey.Of(Obs.Of("a", "accommodated", "stock", "2022-10-31", 1, "2022-11-20", country: "SRB")));
        Assert.Null(SeriesKey.Of(Obs.Of("a", "arrivals", "month", "2022-10", 1, "2022-11-20", country: "HRV")));
        Assert.Null(SeriesKey.Of(Obs.Of("a", "departures", "month", "2022-10", 1, "2022-11-20")));
        Assert.Null(SeriesKey.Parse("BIH", "Arrivals"));
    }

    [Fact]
    public void APointsCountry_IsStoredAndServedAsItsCode_AndReadBack()
    {
        var point = new SeriesPoint { Country = CountryCode.Region, Period = Period.Month(2022, 3), Value = 5, Source = "sum" };

        var json = JsonSerializer.Serialize(point, PipelineJson.Options);

        Assert.StartsWith("{\"country\":\"WB6\",", json, StringComparison.Ordinal);
        Assert.Equal(CountryCode.Region, JsonSerializer.Deserialize<SeriesPoint>(json, PipelineJson.Options)!.Country);
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<SeriesPoint>(json.Replace("WB6", "HRV", StringComparison.Ordinal), PipelineJson.Options));
    }
}
