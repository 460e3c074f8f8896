using System.Text;
using MigrationFeeds.Parsing.Readers;

namespace MigrationFeeds.Parsing.Tests.Readers;

public sealed class TextColumnsTests
{
    private static IReadOnlyList<string> Lines(string text) =>
        PlainTextDocumentReader.Read(Encoding.UTF8.GetBytes(text)).Document!.Pages[0].Lines.Select(l => l.Text).ToList();

    [Fact]
    public void Read_TwoColumnsSideBySide_ReadsTheLeftColumnThenTheRight()
    {
        var text = string.Join('\n',
            "KEY FIGURES                     Highlights",
            "577                             A new reception centre opened in the south of the",
            "Registered intentions           country on 30 May; its first residents came by a",
            "                                voluntary transfer from another centre in the area.",
            "9                               Fewer refugees were present in the country than at",
            "Applications for asylum         the end of April: 6,605 were counted on 31 May.");

        var lines = Lines(text);

        Assert.Equal(["KEY FIGURES", "577", "Registered intentions", "9", "Applications for asylum", "Highlights"], lines.Take(6));
        Assert.Contains("the end of April: 6,605 were counted on 31 May.", lines);
        Assert.DoesNotContain(lines, l => l.Contains("577", StringComparison.Ordinal) && l.Contains("centre", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_TableOfCentres_KeepsEachRowWhole()
    {
        var text = string.Join('\n',
            "Centre            Capacity      Accommodated",
            "Lipa              1,000         556",
            "Borići            500           372",
            "Miral             1,000         713",
            "Sedra             400           219");

        Assert.Equal(["Centre Capacity Accommodated", "Lipa 1,000 556", "Borići 500 372", "Miral 1,000 713", "Sedra 400 219"], Lines(text));
    }
}
