using MigrationFeeds.Pipeline.Query;

namespace MigrationFeeds.Pipeline.Tests.Query;

public sealed class SeriesRequestTests
{
    [Fact]
    public void Create_CountryList_KeepsEachOnceInOrder()
    {
        var (request, errors) = SeriesRequest.Create("arrivals", "srb, BIH,srb,wb6", "2021-01", "2021-02");
        Assert.Empty(errors);
        Assert.Equal(["SRB", "BIH", "WB6"], request!.Countries);
    }

    [Theory]
    [InlineData("2022-13-01")]
    [InlineData("22-11-01")]
    [InlineData("2022-11-01' or true")]
    public void Create_BadAsOf_IsRefused(string asOf)
    {
        var (request, errors) = SeriesRequest.Create("arrivals", "BIH", "2021-01", "2021-02", asOf: asOf);
        Assert.Null(request);
        Assert.True(errors.ContainsKey("asOf"));
    }

    [Fact]
    public void Create_ValidParameters_NormalisesCase()
    {
        var (request, errors) = SeriesRequest.Create("Arrivals", "bih", "2021-01", "2022-12");
        Assert.Empty(errors);
        Assert.Equal("arrivals", request!.Indicator);
        Assert.Equal(["BIH"], request.Countries);
    }

    [Theory]
    [InlineData(null, "BIH", "2021-01", "2021-02", "indicator")]
    [InlineData("refugees", "BIH", "2021-01", "2021-02", "indicator")]
    [InlineData("arrivals", "BIH,HRV", "2021-01", "2021-02", "country")]
    [InlineData("arrivals", ",", "2021-01", "2021-02", "country")]
    [InlineData("arrivals", "HRV", "2021-01", "2021-02", "country")]
    [InlineData("arrivals", "BIH' or 1 eq 1", "2021-01", "2021-02", "country")]
    [InlineData("arrivals", "BIH", "2021-13", "2021-02", "from")]
    [InlineData("arrivals", "BIH", "2021-1", "2021-02", "from")]
    [InlineData("arrivals", "BIH", "2021-01", "", "to")]
    [InlineData("arrivals", "BIH", "2022-01", "2021-02", "to")]
    [InlineData("arrivals", "BIH", "1990-01", "2100-12", "to")]
    [InlineData("arrivals", "BIH", "0001-01", "2021-02", "from")]
    public void Create_BadParameter_NamesIt(string? indicator, string? country, string? from, string? to, string parameter)
    {
        var (request, errors) = SeriesRequest.Create(indicator, country, from, to);
        Assert.Null(request);
        Assert.True(errors.ContainsKey(parameter), "errors: " + string.Join(", ", errors.Keys));
    }
}
