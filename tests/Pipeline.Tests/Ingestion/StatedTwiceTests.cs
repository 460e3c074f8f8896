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
        Obs.Of("unhcr-bih-operational-update", indicator, measure, period, value, "2022-06-16", low: low, high: high)
            .Where(p => p with { DocumentUrl = TextUrl.AbsoluteUri, DocumentSha256 = "text-sha" });

    private static Observation StatedIn(Observation o, params Provenance[] also) => o.Where(p => p with { AlsoStatedIn = also });

    [Fact]
    public void Merge_FigureBothState_IsThePdfsObservationWithTheTextAsSecondProvenance()
    {
        var pdf = new[] { Pdf("arrivals", "month", "2022-05", 2010), Pdf("outside_accommodation", "stock", "2022-05", null, 300, 400) };
        var text = new[] { Text("outside_accommodation", "stock", "2022-05", null, 300, 400), Text("arrivals", "month", "2022-05", 2010) };

        var (merged, own) = StatedTwice.Merge(pdf, text, TextUrl);

        Assert.Empty(own);
        Assert.Equal(pdf.Select(p => p.Provenance.DocumentUrl), merged.Select(m => m.Provenance.DocumentUrl));
        Assert.Equal(text[1].Provenance, Assert.Single(merged[0].Provenance.AlsoStatedIn!));
        Assert.Equal(text[0].Provenance, Assert.Single(merged[1].Provenance.AlsoStatedIn!));
    }

    [Fact]
    public void Merge_FigureOnlyTheTextStates_IsAnObservationOfItsOwn()
    {
        var pdf = new[] { Pdf("arrivals", "month", "2022-05", 2010) };
        var text = new[] { Text("arrivals", "month", "2022-05", 2011), Text("asylum_intentions", "year", "2022", 26432) };

        var (merged, own) = StatedTwice.Merge(pdf, text, TextUrl);

        Assert.Null(Assert.Single(merged).Provenance.AlsoStatedIn);
        Assert.Equal(text, own);
    }

    [Fact]
    public void Merge_FigureTheTextStatesTwice_AddsOneProvenanceAndNoObservation()
    {
        var pdf = new[] { Pdf("arrivals", "month", "2022-05", 2010) };
        var text = new[] { Text("arrivals", "month", "2022-05", 2010), Text("arrivals", "month", "2022-05", 2010).Where(p => p with { Quote = "again" }) };

        var (merged, own) = StatedTwice.Merge(pdf, text, TextUrl);

        Assert.Empty(own);
        Assert.Single(Assert.Single(merged).Provenance.AlsoStatedIn!);
    }

    [Fact]
    public void Merge_TextReadAgain_ReplacesWhatItsEarlierReadingAddedAndKeepsOtherDocuments()
    {
        var otherUrl = new Uri("https://example.org/elsewhere");
        var earlier = Text("arrivals", "month", "2022-05", 2010).Provenance with { DocumentSha256 = "old-text-sha" };
        var other = Text("arrivals", "month", "2022-05", 2010).Provenance with { DocumentUrl = otherUrl.AbsoluteUri };
        var pdf = new[] { StatedIn(Pdf("arrivals", "month", "2022-05", 2010), other, earlier), StatedIn(Pdf("accommodated", "stock", "2022-05", 1735), earlier) };
        var text = new[] { Text("arrivals", "month", "2022-05", 2010) };

        var (merged, _) = StatedTwice.Merge(pdf, text, TextUrl);

        Assert.Equal([otherUrl.AbsoluteUri, TextUrl.AbsoluteUri], merged[0].Provenance.AlsoStatedIn!.Select(a => a.DocumentUrl));
        Assert.Equal("text-sha", merged[0].Provenance.AlsoStatedIn![1].DocumentSha256);
        Assert.Empty(merged[1].Provenance.AlsoStatedIn!);
    }

    [Fact]
    public void Merge_NothingNew_ReturnsThePdfsObservationsThemselves()
    {
        var pdf = new[] { Pdf("arrivals", "month", "2022-05", 2010) };
        var (first, _) = StatedTwice.Merge(pdf, [Text("arrivals", "month", "2022-05", 2010)], TextUrl);

        var (again, _) = StatedTwice.Merge(first, [first[0].Where(p => p.AlsoStatedIn![0])], TextUrl);

        Assert.Same(first[0], again[0]);
    }
}
