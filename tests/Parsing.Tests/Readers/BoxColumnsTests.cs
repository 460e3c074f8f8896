using System.Text;
using MigrationFeeds.Parsing.Readers;

namespace MigrationFeeds.Parsing.Tests.Readers;

public sealed class BoxColumnsTests
{
    private static IReadOnlyList<string> Lines(string text) =>
        PlainTextDocumentReader.Read(Encoding.UTF8.GetBytes(text)).Document!.Pages[0].Lines.Select(l => l.Text).ToList();

    [Fact]
    public void Read_NumbersOverLabelsInColumns_GivesEachNumberItsLabelTopToBottom()
    {
        var text = string.Join('\n',
            "KEY FIGURES",
            "",
            "  4,120                      655                     1,870",
            "new arrivals in the         of them children          persons sleeping rough",
            "country, 1 March –          travelling alone          outside the centres,",
            "31 March                    (1 – 31 March)            end of March");

        Assert.Equal(
            ["KEY FIGURES", "4,120 new arrivals in the country, 1 March – 31 March", "655 of them children travelling alone (1 – 31 March)", "1,870 persons sleeping rough outside the centres, end of March"],
            Lines(text));
    }

    [Fact]
    public void Read_CentredLabelsAndARowWithFewerPieces_GivesEachPieceToTheColumnItStandsUnder()
    {
        var text = string.Join('\n',
            "        8,402                         2,260                        -73%",
            "  persons registered          persons registered            change",
            "  January–June 2019           January–June 2020");

        Assert.Equal(
            ["8,402 persons registered January–June 2019", "2,260 persons registered January–June 2020", "-73% change"],
            Lines(text));
    }

    [Fact]
    public void Read_ABracketedLineUnderTheWholeBox_IsEveryColumns()
    {
        var text = string.Join('\n',
            "1.904            1.702             12",
            "registrovanih migranata   izraženih namjera za azil   podnesenih zahtjeva",
            "(mart 2021.)");

        Assert.Equal(["1.904 registrovanih migranata (mart 2021.)", "1.702 izraženih namjera za azil (mart 2021.)", "12 podnesenih zahtjeva (mart 2021.)"], Lines(text));
    }

    [Fact]
    public void Read_ABoxWhoseLabelsAreFewerThanItsNumbers_IsLeftAsItIs()
    {
        var text = string.Join('\n',
            "~3.500          ~3.100          1.021           48",
            "procena UNHCR   u centrima      izražene namere podneti zahtevi");

        Assert.Equal(["~3.500 ~3.100 1.021 48", "procena UNHCR u centrima izražene namere podneti zahtevi"], Lines(text));
    }

    [Fact]
    public void Read_ATableOfCentres_IsNoBox()
    {
        var text = string.Join('\n',
            "Centre            Capacity      Accommodated",
            "Lipa              1,000         556",
            "Borići            500           372");

        Assert.Equal(["Centre Capacity Accommodated", "Lipa 1,000 556", "Borići 500 372"], Lines(text));
    }
}
