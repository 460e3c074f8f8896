using MigrationFeeds.Parsing.Families.UnhcrBihOperationalUpdate;
using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Parsing.Tests.Support;

namespace MigrationFeeds.Parsing.Tests.Families.UnhcrBihOperationalUpdate;

/// <summary>A two-page update laid out like the 2022 PDFs: a key-figure box, running text, a table by centre.</summary>
public sealed class UnhcrBihOperationalUpdatePdfTests
{
    private static readonly UnhcrBihOperationalUpdateParser Parser = new();

    private static byte[] OctoberReport()
    {
        var pdf = new TestPdf(title: "UNHCR Bosnia and Herzegovina Operational Update - October 2022");
        pdf.Text("Bosnia and Herzegovina", 40, 790, size: 20, bold: true)
            .Text("KEY FIGURES - OCTOBER 2022", 40, 740, size: 11, bold: true);

        // The labels are written before the numbers, so the text stream has them out of order.
        pdf.Text("irregular arrivals registered", 40, 690, size: 7.5).Text("by the SFA", 40, 681, size: 7.5)
            .Text("AISA issued (intention to", 140, 690, size: 7.5).Text("seek asylum)", 140, 681, size: 7.5)
            .Text("asylum applications lodged", 240, 690, size: 7.5).Text("(persons)", 240, 681, size: 7.5)
            .Text("in TRCs and asylum", 340, 690, size: 7.5).Text("centres, end of month", 340, 681, size: 7.5)
            .Text("estimated rough sleepers", 440, 686, size: 7.5);
        pdf.Text("4,120", 40, 712, size: 15, bold: true)
            .Text("3,902", 140, 712, size: 15, bold: true)
            .Text("3", 240, 712, size: 15, bold: true)
            .Text("2,615", 340, 712, size: 15, bold: true)
            .Text("250 - 850", 440, 712, size: 15, bold: true);

        pdf.Text("ARRIVALS, ACCESS TO ASYLUM AND RECEPTION", 40, 640, size: 11, bold: true);
        foreach (var (line, i) in new[]
        {
            "4,120 persons arrived irregularly in October, a 23% increase compared to the previous month (3,470). 112 of the new ar-",
            "rivals were unaccompanied or separated children.",
            "Out of 4 scheduled, 3 asylum applications were lodged with the Sector for Asylum.",
            "2,615 asylum-seekers and migrants were accommodated in reception facilities at the end of October, while between",
            "250-850 persons are estimated to be squatting outside of formal accommodation.",
            "Since January 2018, 104,580 refugees and migrants have arrived in BiH.",
        }.Select((l, i) => (l, i)))
        {
            pdf.Text(line, 40, 620 - i * 12, size: 9);
        }

        pdf.Text("UNHCR Bosnia and Herzegovina | Operational Update October 2022 | Page 1", 300, 30, size: 7);

        pdf.NewPage()
            .Text("Persons accommodated at the end of October, by reception centre:", 40, 760, size: 9)
            .Text("Reception centre", 40, 740, size: 8).Text("Persons accommodated", 300, 740, size: 8)
            .Text("TRC Lipa (Una-Sana Canton)", 40, 725, size: 8).Text("1,150", 360, 725, size: 8)
            .Text("TRC Blazuj (Sarajevo Canton)", 40, 710, size: 8).Text("415", 365, 710, size: 8)
            .Text("9 RSD interviews were conducted in October.", 40, 680, size: 9)
            .Text("UNHCR Bosnia and Herzegovina | Operational Update October 2022 | Page 2", 300, 30, size: 7);
        return pdf.Build();
    }

    [Fact]
    public void Parse_ReportWithKeyFiguresTextAndTable_ReadsEveryFigureOnce()
    {
        var result = Parser.Parse(OctoberReport(), Contexts.Pdf());

        Assert.False(result.Failed);
        Assert.Equal(
            new[]
            {
                (1, (string?)null, Indicators.Arrivals, Measures.Month, "2022-10", (long?)4120, (long?)null, (long?)null),
                (1, null, Indicators.Arrivals, Measures.Month, "2022-09", 3470, null, null),
                (1, null, Indicators.UascArrivals, Measures.Month, "2022-10", 112, null, null),
                (1, null, Indicators.AsylumIntentions, Measures.Month, "2022-10", 3902, null, null),
                (1, null, Indicators.AsylumApplications, Measures.Month, "2022-10", 3, null, null),
                (1, null, Indicators.Accommodated, Measures.Stock, "2022-10", 2615, null, null),
                (1, null, Indicators.OutsideAccommodation, Measures.Stock, "2022-10", null, 250, 850),
                (1, null, Indicators.Arrivals, Measures.Cumulative, "2018-01/2022-10", 104580, null, null),
                (2, "Lipa", Indicators.Accommodated, Measures.Stock, "2022-10", 1150, null, null),
                (2, "Blazuj", Indicators.Accommodated, Measures.Stock, "2022-10", 415, null, null),
            }.Order(),
            result.Figures.Select(f => (f.Page, f.Site, f.Indicator, f.Measure, f.Period, f.Value, f.Low, f.High)).Order());
        Assert.Empty(result.Issues);
    }

    [Fact]
    public void Parse_FigureInBoxAndText_QuotesTheSentence()
    {
        var result = Parser.Parse(OctoberReport(), Contexts.Pdf());

        var arrivals = Assert.Single(result.Figures, f => f.Indicator == Indicators.Arrivals && f.Period == "2022-10");
        Assert.StartsWith("4,120 persons arrived irregularly in October", arrivals.Quote, StringComparison.Ordinal);
        var uasc = Assert.Single(result.Figures, f => f.Indicator == Indicators.UascArrivals);
        Assert.Equal("112 of the new arrivals were unaccompanied or separated children.", uasc.Quote);
    }

    [Fact]
    public void Parse_FigureOnlyInTheBox_QuotesTheBoxCell()
    {
        var result = Parser.Parse(OctoberReport(), Contexts.Pdf());

        Assert.Equal("3,902 AISA issued (intention to seek asylum)", Assert.Single(result.Figures, f => f.Indicator == Indicators.AsylumIntentions).Quote);
    }

    [Fact]
    public void Parse_WithoutContextTitle_TakesTheMonthFromThePdfTitle()
    {
        var result = Parser.Parse(OctoberReport(), Contexts.Pdf(title: null) with { Published = null });

        Assert.Contains(result.Figures, f => f.Indicator == Indicators.Arrivals && f.Measure == Measures.Month && f.Period == "2022-10" && f.Value == 4120);
    }
}
