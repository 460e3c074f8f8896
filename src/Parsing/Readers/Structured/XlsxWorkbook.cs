using System.Globalization;
using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;

namespace MigrationFeeds.Parsing.Readers.Structured;

/// <summary>One cell of a sheet: its reference, its 0-based column, and its value as text or number.</summary>
internal sealed record XlsxCell
{
    public required string Reference { get; init; }
    public required int Column { get; init; }

    /// <summary>The cell's text (shared, inline or formula string; a number's stored digits otherwise); null when empty.</summary>
    public string? Text { get; init; }

    /// <summary>Set for numeric cells only.</summary>
    public double? Number { get; init; }
}

/// <summary>One row of a sheet with its 1-based number and its non-empty cells.</summary>
internal sealed record XlsxRow
{
    public required int Number { get; init; }
    public required IReadOnlyList<XlsxCell> Cells { get; init; }

    public XlsxCell? this[int column] => Cells.FirstOrDefault(c => c.Column == column);
}

/// <summary>
/// A minimal reader of Office Open XML workbooks (.xlsx): a zip of XML parts. It reads sheet names,
/// shared strings, inline strings, formula results and numbers; styles and formulas themselves are ignored.
/// </summary>
internal sealed class XlsxWorkbook : IDisposable
{
    private const string MainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string RelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static readonly XNamespace Main = MainNs;

    private const string PackageRelNs = "http://schemas.openxmlformats.org/package/2006/relationships";

    /// <summary>
    /// No part of a workbook we read is near this size (Frontex's sheet inflates to about 1 MB); a larger one is refused
    /// rather than inflated, whatever size the zip declares for it.
    /// </summary>
    public const long MaxPartBytes = 32L * 1024 * 1024;

    /// <summary>Rows a sheet may have; a sheet of ours has a few thousand.</summary>
    public const int MaxRows = 100_000;

    private readonly ZipArchive zip;
    private readonly Dictionary<string, string> sheetParts;
    private readonly List<string> sharedStrings;

    private XlsxWorkbook(ZipArchive zip, List<string> sheetNames, Dictionary<string, string> sheetParts, List<string> sharedStrings)
    {
        this.zip = zip;
        SheetNames = sheetNames;
        this.sheetParts = sheetParts;
        this.sharedStrings = sharedStrings;
    }

    public IReadOnlyList<string> SheetNames { get; }

    /// <exception cref="InvalidDataException">The bytes are not a readable workbook.</exception>
    public static XlsxWorkbook Open(ReadOnlyMemory<byte> content)
    {
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(new MemoryStream(content.ToArray(), writable: false), ZipArchiveMode.Read);
        }
        catch (Exception e) when (e is InvalidDataException or ArgumentException or IOException)
        {
            throw new InvalidDataException("Not a zip archive: " + e.Message, e);
        }

        try
        {
            var targets = ReadRelationships(zip, "xl/_rels/workbook.xml.rels");
            var names = new List<string>();
            var parts = new Dictionary<string, string>(StringComparer.Ordinal);
            using (var reader = OpenXml(zip, "xl/workbook.xml"))
            {
                while (reader.Read())
                {
                    if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "sheet" && reader.NamespaceURI == MainNs)
                    {
                        var name = reader.GetAttribute("name");
                        var id = reader.GetAttribute("id", RelNs);
                        if (name is not null && id is not null && targets.TryGetValue(id, out var target))
                        {
                            names.Add(name);
                            parts[name] = target;
                        }
                    }
                }
            }

            var strings = new List<string>();
            var sharedPart = targets.Values.FirstOrDefault(t => t.EndsWith("sharedStrings.xml", StringComparison.OrdinalIgnoreCase));
            if (sharedPart is not null && zip.GetEntry(sharedPart) is not null)
            {
                strings.AddRange(Elements(zip, sharedPart, "si").Select(StringItem));
            }

            return new XlsxWorkbook(zip, names, parts, strings);
        }
        catch (Exception e) when (e is XmlException or InvalidDataException or IOException)
        {
            zip.Dispose();
            throw new InvalidDataException("Not a readable workbook: " + e.Message, e);
        }
    }

    /// <summary>The rows of a sheet in document order.</summary>
    /// <exception cref="InvalidDataException">The sheet's XML is broken.</exception>
    public IReadOnlyList<XlsxRow> ReadRows(string sheetName)
    {
        if (!sheetParts.TryGetValue(sheetName, out var part))
        {
            throw new InvalidDataException($"No sheet named '{sheetName}'.");
        }

        try
        {
            var rows = new List<XlsxRow>();
            var lastRow = 0;
            foreach (var row in Elements(zip, part, "row"))
            {
                if (rows.Count == MaxRows)
                {
                    throw new InvalidDataException($"Sheet '{sheetName}' has more than {MaxRows:N0} rows; it is not read.");
                }

                var number = int.TryParse((string?)row.Attribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : lastRow + 1;
                lastRow = number;
                rows.Add(new XlsxRow { Number = number, Cells = ReadCells(row, number) });
            }

            return rows;
        }
        catch (Exception e) when (e is XmlException or IOException)
        {
            throw new InvalidDataException($"Sheet '{sheetName}' is not readable: {e.Message}", e);
        }
    }

    public void Dispose() => zip.Dispose();

    /// <summary>"AB12" → 27 (0-based column); -1 when the reference has no letters.</summary>
    public static int ColumnOf(string reference)
    {
        var column = 0;
        var i = 0;
        for (; i < reference.Length && char.IsAsciiLetter(reference[i]); i++)
        {
            column = column * 26 + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
        }

        return i == 0 ? -1 : column - 1;
    }

    private List<XlsxCell> ReadCells(XElement row, int rowNumber)
    {
        var cells = new List<XlsxCell>();
        var nextColumn = 0;
        foreach (var c in row.Elements(Main + "c"))
        {
            var reference = (string?)c.Attribute("r");
            var column = reference is null ? nextColumn : ColumnOf(reference);
            reference ??= ReferenceOf(column, rowNumber);
            nextColumn = column + 1;
            var value = (string?)c.Element(Main + "v");
            var cell = ((string?)c.Attribute("t") ?? "n") switch
            {
                "s" => SharedString(reference, column, value),
                "inlineStr" => Text(reference, column, c.Element(Main + "is") is { } inline ? StringItem(inline) : null),
                "str" or "e" => Text(reference, column, value),
                "b" => Text(reference, column, value == "1" ? "TRUE" : value == "0" ? "FALSE" : value),
                _ => NumberCell(reference, column, value),
            };
            if (cell is not null)
            {
                cells.Add(cell);
            }
        }

        return cells;
    }

    private XlsxCell? SharedString(string reference, int column, string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < sharedStrings.Count
            ? Text(reference, column, sharedStrings[i])
            : Text(reference, column, value);

    private static XlsxCell? Text(string reference, int column, string? text) =>
        string.IsNullOrEmpty(text) ? null : new XlsxCell { Reference = reference, Column = column, Text = text };

    private static XlsxCell? NumberCell(string reference, int column, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? new XlsxCell { Reference = reference, Column = column, Text = value, Number = number }
            : new XlsxCell { Reference = reference, Column = column, Text = value };
    }

    private static string ReferenceOf(int column, int row)
    {
        var letters = string.Empty;
        for (var c = column + 1; c > 0; c = (c - 1) / 26)
        {
            letters = (char)('A' + (c - 1) % 26) + letters;
        }

        return letters + row.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The text of an <c>si</c> or <c>is</c> element: its <c>t</c> children, rich-text runs included, phonetic runs left out.</summary>
    private static string StringItem(XElement item) =>
        string.Concat(item.Elements(Main + "t").Concat(item.Elements(Main + "r").Elements(Main + "t")).InDocumentOrder().Select(t => t.Value));

    /// <summary>The elements of one name in a part, read one at a time so a large sheet is never held whole as a tree.</summary>
    private static IEnumerable<XElement> Elements(ZipArchive zip, string part, string localName)
    {
        using var reader = OpenXml(zip, part);
        reader.MoveToContent();
        while (!reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == localName && reader.NamespaceURI == MainNs)
            {
                yield return (XElement)XNode.ReadFrom(reader);
            }
            else
            {
                reader.Read();
            }
        }
    }

    private static Dictionary<string, string> ReadRelationships(ZipArchive zip, string part)
    {
        var targets = new Dictionary<string, string>(StringComparer.Ordinal);
        using var reader = OpenXml(zip, part);
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Relationship" && reader.NamespaceURI == PackageRelNs
                && reader.GetAttribute("Id") is { } id && reader.GetAttribute("Target") is { } target)
            {
                targets[id] = target.StartsWith('/') ? target[1..] : "xl/" + target;
            }
        }

        return targets;
    }

    private static XmlReader OpenXml(ZipArchive zip, string part)
    {
        var entry = zip.GetEntry(part) ?? throw new InvalidDataException($"The workbook has no part {part}.");
        if (entry.Length > MaxPartBytes)
        {
            throw new InvalidDataException($"Part {part} inflates to {entry.Length:N0} bytes, more than the {MaxPartBytes:N0} a workbook part may have.");
        }

        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = false, CloseInput = true };
        return XmlReader.Create(new InflationLimit(entry.Open(), MaxPartBytes, part), settings);
    }
}
