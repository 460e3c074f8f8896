using System.Text.Json;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

// Usage: PdfPigWriter LAYOUT.json OUT.pdf FONT.ttf BOLD.ttf
// LAYOUT: {"title": "...", "pages": [[{"text": "...", "x": 50, "y": 780, "size": 10, "bold": false}, ...], ...]}
// Items are written in the order given, which is the order of the PDF's text stream.
if (args.Length != 4)
{
    Console.Error.WriteLine("usage: PdfPigWriter LAYOUT.json OUT.pdf FONT.ttf BOLD.ttf");
    return 64;
}

using var layout = JsonDocument.Parse(File.ReadAllBytes(args[0]));
var builder = new PdfDocumentBuilder();
builder.DocumentInformation.Producer = "PdfPig";
if (layout.RootElement.TryGetProperty("title", out var title))
{
    builder.DocumentInformation.Title = title.GetString();
}

var regular = builder.AddTrueTypeFont(File.ReadAllBytes(args[2]));
var bold = builder.AddTrueTypeFont(File.ReadAllBytes(args[3]));
foreach (var items in layout.RootElement.GetProperty("pages").EnumerateArray())
{
    var page = builder.AddPage(PageSize.A4);
    foreach (var item in items.EnumerateArray())
    {
        var font = item.TryGetProperty("bold", out var b) && b.GetBoolean() ? bold : regular;
        page.AddText(item.GetProperty("text").GetString()!, item.GetProperty("size").GetDouble(),
            new PdfPoint(item.GetProperty("x").GetDouble(), item.GetProperty("y").GetDouble()), font);
    }
}

File.WriteAllBytes(args[1], builder.Build());
return 0;
