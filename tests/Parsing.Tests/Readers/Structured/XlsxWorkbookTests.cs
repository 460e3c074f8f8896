using MigrationFeeds.Parsing.Readers.Structured;

namespace MigrationFeeds.Parsing.Tests.Readers.Structured;

public sealed class XlsxWorkbookTests
{
    [Fact]
    public void ReadRows_SharedStringsAndNumbers_ComeBackByColumn()
    {
        var bytes = TestXlsx.Build("Data", 2, [["Route", null, "JAN2009"], ["Western Balkan Route", "Land", 177]]);

        using var workbook = XlsxWorkbook.Open(bytes);
        var rows = workbook.ReadRows("Data");

        Assert.Equal(["Data"], workbook.SheetNames);
        Assert.Equal([2, 3], rows.Select(r => r.Number));
        Assert.Equal("Route", rows[0][0]!.Text);
        Assert.Null(rows[0][1]);
        Assert.Equal("JAN2009", rows[0][2]!.Text);
        Assert.Equal(177d, rows[1][2]!.Number);
        Assert.Equal("C3", rows[1][2]!.Reference);
        Assert.Null(rows[1][1]!.Number);
    }

    [Fact]
    public void ReadRows_InlineStrings_AreText()
    {
        var bytes = TestXlsx.Build("S", 1, [["Nationality", "Syria"]], inlineStrings: true);

        using var workbook = XlsxWorkbook.Open(bytes);

        Assert.Equal("Syria", workbook.ReadRows("S")[0][1]!.Text);
    }

    [Fact]
    public void ReadRows_RichTextSharedString_JoinsItsRuns()
    {
        var bytes = TestXlsx.Zip(new Dictionary<string, string>
        {
            ["xl/workbook.xml"] = "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"A\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>",
            ["xl/_rels/workbook.xml.rels"] = "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Target=\"/xl/worksheets/a.xml\"/><Relationship Id=\"rId2\" Target=\"sharedStrings.xml\"/></Relationships>",
            ["xl/sharedStrings.xml"] = "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><r><t>Western </t></r><r><t>Balkan Route</t></r></si></sst>",
            ["xl/worksheets/a.xml"] = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row><c t=\"s\"><v>0</v></c><c t=\"str\"><v>x</v></c></row></sheetData></worksheet>",
        });

        using var workbook = XlsxWorkbook.Open(bytes);
        var row = workbook.ReadRows("A")[0];

        Assert.Equal("Western Balkan Route", row[0]!.Text);
        Assert.Equal("B1", row[1]!.Reference);
    }

    [Fact]
    public void Open_NotAZip_ThrowsInvalidData()
    {
        Assert.Throws<InvalidDataException>(() => XlsxWorkbook.Open("<html>502</html>"u8.ToArray()));
    }

    [Theory]
    [InlineData("A1", 0)]
    [InlineData("Z9", 25)]
    [InlineData("AA10", 26)]
    [InlineData("GN2", 195)]
    public void ColumnOf_Reference_IsZeroBasedColumn(string reference, int column)
    {
        Assert.Equal(column, XlsxWorkbook.ColumnOf(reference));
    }
}
