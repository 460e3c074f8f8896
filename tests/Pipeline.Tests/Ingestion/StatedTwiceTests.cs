using MigrationFeeds.Pipeline.Ingestion;
using MigrationFeeds.Pipeline.Storage;
using MigrationFeeds.Pipeline.Tests.Series;

namespace MigrationFeeds.Pipeline.Tests.Ingestion;

public sealed class StatedTwiceTests
{
    private static readonly Uri TextUrl = new("https://reliefweb.int/report/bosnia-and-herzegovina/may");

    private static Observation Pdf(string indicator, string measure, string period, long? value, long? low = null, long? high = null) =>
        Obs.Of("unhcr-bih-operational-update", indicator, measure, period, value, "2022-06-16", low: low, high: high, doc: "may-pdf");

    private static Observation Text(string indicator, string measure, string period, long? value, long? low = null, long? high = null) =>
        Obs.Of("unhcr-bih-operational-update", indicator, measure, period, value, "2022-06-16", low: low, high: high) with { DocumentUrl = TextUrl, DocumentSha256 = "text-sha" };

    [Fact]
    public void Merge_FigureBothState_IsThePdfsObservationWithTheTextAsSecondProvenance()
    {
        var pdf = new[] { Pdf("arrivals", "month", "2022-05", 2010), Pdf("outside_accommodation", "stock", "2022-05", null, 300, 400) };
        var text = new[] { Text("outside_accommodation", "stock", "2022-05", null, 300, 400), Text("arrivals", "month", "2022-05", 2010) };

        var (merged, own) = StatedTwice.Merge(pdf, text, TextUrl);

        Assert.Empty(own);
        Assert.Equal(pdf.Select(p => p.DocumentUrl), merged.Select(m => m.DocumentUrl));
        Assert.Equal(text[1], Assert.Single(merged[0].AlsoStatedIn));
        Assert.Equal(text[0], Assert.Single(merged[1].AlsoStatedIn));
    }

    [Fact]
    public void Merge_FigureOnlyTheTextStates_IsAnObservationOfItsOwn()
    {
        var pdf = new[] { Pdf("arrivals", "month", "2022-05", 2010) };
        var text = new[] { Text("arrivals", "month", "2022-05", 2011), Text("asylum_intentions", "year", "2022", 26432) };

        var (merged, own) = StatedTwice.Merge(pdf, text, TextUrl);

        Assert.Empty(Assert.Single(merged).AlsoStatedIn);
        Assert.Equal(text, own);
    }

    [Fact]
    public void Merge_FigureTheTextStatesTwice_AddsOneProvenanceAndNoObservation()
    {
        var pdf = new[] { Pdf("arrivals", "month", "2022-05", 2010) };
        var text = new[] { Text("arrivals", "month", "2022-05", 2010), Text("arrivals", "month", "2022-05", 2010) with { Figure = Text("arrivals", "month", "2022-05", 2010).Figure with { Quote = "again" } } };

        var (merged, own) = StatedTwice.Merge(pdf, text, TextUrl);

        Assert.Empty(own);
        Assert.Single(Assert.Single(merged).AlsoStatedIn);
    }

    [Fact]
    public void Merge_TextReadAgain_ReplacesWhatItsEarlierReadingAddedAndKeepsOtherDocuments()
    {
        var otherUrl = new Uri("https://example.org/elsewhere");
        var earlier = Text("arrivals", "month", "2022-05", 2010) with { DocumentSha256 = "old-text-sha" };
        var other = Text("arrivals", "month", "2022-05", 2010) with { DocumentUrl = otherUrl };
        var pdf = new[] { Pdf("arrivals", "month", "2022-05", 2010) with { AlsoStatedIn = [other, earlier] }, Pdf("accommodated", "stock", "2022-05", 1735) with { AlsoStatedIn = [earlier] } };
        var text = new[] { Text("arrivals", "month", "2022-05", 2010) };

        var (merged, _) = StatedTwice.Merge(pdf, text, TextUrl);

        Assert.Equal([otherUrl, TextUrl], merged[0].AlsoStatedIn.Select(a => a.DocumentUrl));
        Assert.Equal("text-sha", merged[0].AlsoStatedIn[1].DocumentSha256);
        Assert.Empty(merged[1].AlsoStatedIn);
    }

    [Fact]
    public void Merge_NothingNew_ReturnsThePdfsObservationsThemselves()
    {
        var pdf = new[] { Pdf("arrivals", "month", "2022-05", 2010) };
        var (first, _) = StatedTwice.Merge(pdf, [Text("arrivals", "month", "2022-05", 2010)], TextUrl);

        var (again, _) = StatedTwice.Merge(first, [first[0].AlsoStatedIn[0]], TextUrl);

        Assert.Same(first[0], again[0]);
    }
}
