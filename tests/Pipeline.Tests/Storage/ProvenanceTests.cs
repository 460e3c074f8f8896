using System.Text.Json;
using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Pipeline.Storage;
using MigrationFeeds.Pipeline.Tests.Series;

namespace MigrationFeeds.Pipeline.Tests.Storage;

public sealed class ProvenanceTests
{
    [Theory]
    [InlineData("stock", "2022-10", PeriodMeasure.Stock)]
    [InlineData("stock", "2022-10-31", PeriodMeasure.Stock)]
    [InlineData("month", "2022-10", PeriodMeasure.Month)]
    [InlineData("year", "2022", PeriodMeasure.Year)]
    [InlineData("cumulative", "2018-01/2022-10", PeriodMeasure.Cumulative)]
    public void AsServed_CitesTheTypedPeriod_WritesItsText_AndReadsBackTheSameMeasure(string measure, string period, PeriodMeasure kind)
    {
        var served = Provenance.Of(Obs.Of("unhcr", Indicators.Accommodated, measure, period, 120, "2022-11-20"));

        var json = JsonSerializer.Serialize(served, PipelineJson.Options);
        var read = JsonSerializer.Deserialize<Provenance>(json, PipelineJson.Options)!;

        Assert.Contains($"\"measure\":\"{measure}\",\"period\":\"{period}\"", json, StringComparison.Ordinal);
        Assert.Equal(kind, served.Period!.Value.Measure);
        // A stock known by its month is written as the month: read back, it is still the stock at the month's end.
        Assert.Equal(served.Period, read.Period);
        Assert.Equal(json, JsonSerializer.Serialize(read, PipelineJson.Options));
    }

    [Fact]
    public void AFigureWhosePeriodIsOfNoForm_IsCitedWithItsMeasureAndNoPeriod()
    {
        var served = Provenance.Of(Obs.Of("unhcr", Indicators.Arrivals, "month", "October 2022", 120, "2022-11-20"));

        Assert.Equal("month", served.Measure);
        Assert.Null(served.Period);
    }
}
