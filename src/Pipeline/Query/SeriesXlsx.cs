using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using MigrationFeeds.Parsing.Model;

namespace MigrationFeeds.Pipeline.Query;

/// <summary>
/// A series as an Excel workbook, written with the Open XML SDK: a data sheet (the CSV's columns), a sources sheet
/// (each document cited, once) and a notes sheet (what was asked, what the indicators mean, how to cite).
/// </summary>
public static class SeriesXlsx
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void Write(SeriesResult result, string retrievedOn, Stream output)
    {
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var sheets = workbook.Workbook.AppendChild(new Sheets());

        AddSheet(workbook, sheets, 1, "data", [[.. SeriesCsv.Headers], .. SeriesCsv.Rows(result)]);
        AddSheet(workbook, sheets, 2, "sources", [["source", "publisher", "document_title", "published", "document_url"], .. Documents(result)]);
        AddSheet(workbook, sheets, 3, "notes", [["note"], .. Notes(result, retrievedOn).Select(n => new[] { n })]);
        workbook.Workbook.Save();
    }

    private static IEnumerable<string[]> Documents(SeriesResult result) =>
        result.Points.Concat(result.Regional.SelectMany(r => r.Points))
            .SelectMany(p => p.Provenance is { } one ? [one] : p.Inputs)
            .DistinctBy(p => (p.SourceId, p.DocumentUrl))
            .OrderBy(p => p.SourceId, StringComparer.Ordinal)
            .ThenBy(p => p.Published)
            .Select(p => new[] { p.SourceId, p.Publisher ?? "", p.DocumentTitle ?? "", p.Published is { } published ? PeriodText.Day(published) : "", p.DocumentUrl });

    private static IEnumerable<string> Notes(SeriesResult result, string retrievedOn)
    {
        yield return $"MigrationFeeds series of {result.Indicator} for {string.Join(", ", result.Countries)}, {result.From ?? "(none)"} to {result.To ?? "(none)"}"
            + (result.AsOf is null ? "" : $", as known on {result.AsOf}") + $"; retrieved on {retrievedOn}.";
        foreach (var indicator in result.Indicators)
        {
            yield return $"{indicator.Code} ({indicator.Unit}, {indicator.MonthlyMeasure}): {indicator.Definition}";
        }

        yield return "Each row's citation column gives the publisher, document, page and date of its figure; cite the publication, and MigrationFeeds as the way it was retrieved.";
        yield return "The definition column names what a value counts; a regional sum of different definitions lists them all (docs/series.md).";
        foreach (var regional in result.Regional)
        {
            yield return $"Rows whose series column reads \"{regional.Name}\" are the region's own published series ({regional.Source}, {regional.Definition}), not a sum of the countries; the rows with an empty series column are.";
        }

        yield return "Terms of reuse of each publisher's figures: docs/data-terms.md.";
    }

    private static void AddSheet(WorkbookPart workbook, Sheets sheets, uint id, string name, IEnumerable<string[]> rows)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        foreach (var fields in rows)
        {
            var row = new Row();
            foreach (var field in fields)
            {
                row.AppendChild(Cell(field));
            }

            data.AppendChild(row);
        }

        part.Worksheet = new Worksheet(data);
        sheets.AppendChild(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id, Name = name });
    }

    /// <summary>A number stays a number, so a spreadsheet can add it up; all else is inline text, never a formula.</summary>
    private static Cell Cell(string field) =>
        field.Length is > 0 and < 16 && decimal.TryParse(field, System.Globalization.NumberStyles.AllowLeadingSign | System.Globalization.NumberStyles.AllowDecimalPoint,
            System.Globalization.CultureInfo.InvariantCulture, out _)
            ? new Cell { DataType = CellValues.Number, CellValue = new CellValue(field) }
            : new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(field) { Space = SpaceProcessingModeValues.Preserve }) };
}
