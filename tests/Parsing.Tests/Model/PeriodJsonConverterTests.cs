using System.Text.Json;
using System.Text.Json.Serialization;
using MigrationFeeds.Parsing.Model;

namespace MigrationFeeds.Parsing.Tests;

public sealed class PeriodJsonConverterTests
{
    [Theory]
    [InlineData("2022", PeriodMeasure.Year)]
    [InlineData("2022-10", PeriodMeasure.Month)]
    [InlineData("2022-10-31", PeriodMeasure.Stock)]
    [InlineData("2018-01/2022-10", PeriodMeasure.Cumulative)]
    [InlineData("2022-08-01/2022-08-28", PeriodMeasure.Cumulative)]
    public void TextAlone_ReadsByItsShape_AndIsWrittenBackAsTheSameText(string text, PeriodMeasure measure)
    {
        Assert.True(Period.TryParseText(text, out var period));
        Assert.Equal(measure, period.Measure);

        var json = JsonSerializer.Serialize(new Holder { Period = period });
        Assert.Equal($$"""{"Period":"{{text}}"}""", json);
        Assert.Equal(period, JsonSerializer.Deserialize<Holder>(json)!.Period);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("October 2022")]
    [InlineData("2022-13")]
    [InlineData("2022-10/2022-09")]
    public void TextOfNoForm_IsNoPeriod(string? text) => Assert.False(Period.TryParseText(text, out _));

    [Fact]
    public void NoPeriod_IsWrittenAsNull_AndTextOfNoForm_IsRejected()
    {
        Assert.Equal("""{"Period":null}""", JsonSerializer.Serialize(new Holder()));
        Assert.Null(JsonSerializer.Deserialize<Holder>("""{"Period":null}""")!.Period);
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Holder>("""{"Period":"October 2022"}"""));
    }

    private sealed record Holder
    {
        [JsonConverter(typeof(PeriodJsonConverter))]
        public Period? Period { get; init; }
    }
}
