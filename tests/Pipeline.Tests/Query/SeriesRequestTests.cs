using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Pipeline.Query;

namespace MigrationFeeds.Pipeline.Tests.Query;

public sealed class SeriesRequestTests
{
    [Fact]
    public void Create_CountryList_KeepsEachOnceInOrder()
    {
        var (request, errors) = SeriesRequest.Create("arrivals", "srb, BIH,srb,wb6", "2021-01", "2021-02");
        Assert.Empty(errors);
        Assert.Equal([CountryCode.Serbia, CountryCode.BosniaAndHerzegovina, CountryCode.Region], request!.Countries);
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
        Assert.Equal(Indicator.Arrivals, request!.Indicator);
        Assert.Equal([CountryCode.BosniaAndHerzegovina], request.Countries);
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
    [InlineData("arrivals", "BIH", "2022-01", "2021-02", "to")]
    [InlineData("arrivals", "BIH", "1990-01", "2100-12", "to")]
    [InlineData("arrivals", "BIH", "0001-01", "2021-02", "from")]
    [InlineData("arrivals,nothing", "BIH", null, null, "indicator")]
    [InlineData("arrivals", "BIH", "21", null, "from")]
    [InlineData("arrivals", "BIH", "2021-02-29", null, "from")]
    [InlineData("arrivals", "BIH", null, "2021/02", "to")]
    public void Create_BadParameter_NamesIt(string? indicator, string? country, string? from, string? to, string parameter)
    {
        var (request, errors) = SeriesRequest.Create(indicator, country, from, to);
        Assert.Null(request);
        Assert.True(errors.ContainsKey(parameter), "errors: " + string.Join(", ", errors.Keys));
    }

    [Theory]
    [InlineData(null, null, "1990-01", "2100-12")]
    [InlineData("2021", "2022", "2021-01", "2022-12")]
    [InlineData("2021-03-31", "2021-04-01", "2021-03", "2021-04")]
    [InlineData("", " ", "1990-01", "2100-12")]
    public void Create_YearsAndDays_StandForTheirMonths_AndNoBoundIsTheWidest(string? from, string? to, string first, string last)
    {
        var (request, errors) = SeriesRequest.Create("arrivals", "BIH", from, to);
        Assert.Empty(errors);
        Assert.Equal((first, last), (request!.From.ToString(), request.To.ToString()));
        Assert.Equal((string.IsNullOrWhiteSpace(from), string.IsNullOrWhiteSpace(to)), (request.FromOpen, request.ToOpen));
    }

    [Fact]
    public void Create_SeveralIndicators_KeepsEachOnceInOrder()
    {
        var (request, errors) = SeriesRequest.Create("capacity, Arrivals,capacity", "BIH", null, null);
        Assert.Empty(errors);
        Assert.Equal([Indicator.Capacity, Indicator.Arrivals], request!.Indicators);
        Assert.Equal(Indicator.Capacity, request.Indicator);
    }

    [Fact]
    public void Create_SourceNotServed_IsRefusedNamingTheServedOnes()
    {
        var (request, errors) = SeriesRequest.Create("arrivals", "BIH", null, null, source: "nowhere", knownSources: ["frontex-wb-route"]);
        Assert.Null(request);
        Assert.Contains("frontex-wb-route", errors["source"][0], StringComparison.Ordinal);
        Assert.NotNull(SeriesRequest.Create("arrivals", "BIH", null, null, source: "Frontex-WB-Route", knownSources: ["frontex-wb-route"]).Request);
    }
}
