using MigrationFeeds.Parsing.Families;
using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Parsing.Tests.Support;

namespace MigrationFeeds.Parsing.Tests.Families;

public sealed class ExtractionParserTests
{
    [Fact]
    public void Parse_OperationalUpdateOfBih_ReadsTheFamilysCentreTable()
    {
        var pdf = new TestPdf("Bosnia and Herzegovina Operational Update - October 2022")
            .Text("BOSNIA AND HERZEGOVINA | MONTHLY OPERATIONAL UPDATE | OCTOBER 2022", 50, 800, 7)
            .Text("Persons accommodated by reception centre at the end of October:", 50, 700)
            .Text("TRC Lipa (Una-Sana Canton)", 50, 686).Text("1,204", 300, 686)
            .Build();

        var figure = Assert.Single(new ExtractionParser().Parse(pdf, Contexts.Pdf(title: null)).Figures);

        Assert.Equal(("Lipa", Indicators.Accommodated, "2022-10", 1204L), (figure.Site, figure.Indicator, figure.Period, figure.Value!.Value));
    }

    [Fact]
    public void Parse_OtherDocument_IsReadByTheGeneralParser()
    {
        var text = "Montenegro Update – October 2022\n\nIn October 2022, the Montenegrin police registered 1,076 irregular arrivals."u8.ToArray();

        var figure = Assert.Single(new ExtractionParser().Parse(text, Contexts.Html() with { ContentType = "text/plain", DefaultCountry = Countries.Montenegro }).Figures);

        Assert.Equal((Countries.Montenegro, Indicators.Arrivals, 1076L), (figure.Country, figure.Indicator, figure.Value!.Value));
    }

    [Fact]
    public void Parse_UnreadableBytes_Fails()
    {
        Assert.True(new ExtractionParser().Parse("%PDF-1.7 broken"u8.ToArray(), Contexts.Pdf()).Failed);
    }
}
