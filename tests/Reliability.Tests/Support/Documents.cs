using System.Text;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace MigrationFeeds.Reliability.Tests.Support;

/// <summary>The bad bodies a misbehaving upstream serves.</summary>
internal static class Documents
{
    public static byte[] ErrorPage { get; } =
        Encoding.UTF8.GetBytes("<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1><p>nginx</p></body></html>");

    public static byte[] FirstHalf(byte[] content) => content[..(content.Length / 2)];

    public static byte[] OnePagePdf(string sentence)
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        page.AddText(sentence, 11, new PdfPoint(50, 700), font);
        return builder.Build();
    }

    /// <summary>A valid PDF of many pages of prose, that takes far longer to read than a report does.</summary>
    public static byte[] LongPdf(int pages) => TestSupport.HostileDocuments.ProsePdf(
        pages, 60, n => $"In March 2022, {n + 1:N0} persons were accommodated in the centres of the Una-Sana canton, and others arrived.");

    /// <summary>
    /// The source page a report PDF is built from (seeds/tools), as HTML in an encoding, declared in the
    /// Content-Type header, in the page's own &lt;meta&gt;, or (UTF-8 only) nowhere.
    /// </summary>
    public static (byte[] Content, string ContentType) ReportPage(string month, string encodingName, bool charsetHeader, bool charsetMeta)
    {
        var html = File.ReadAllText(TestSupport.RepoRoot.Combine("seeds", "tools", "bih-operational-update", $"bih-operational-update-{month}.html"), Encoding.UTF8);
        html = html.Replace("<meta charset=\"utf-8\">", charsetMeta ? $"<meta charset=\"{encodingName}\">" : "", StringComparison.Ordinal);
        var encoding = encodingName == "utf-8" ? new UTF8Encoding(false) : CodePagesEncodingProvider.Instance.GetEncoding(encodingName)!;
        return (encoding.GetBytes(html), charsetHeader ? $"text/html; charset={encodingName}" : "text/html");
    }

    /// <summary>
    /// A PDF of the given objects (object 1 first, the catalog), with a correct cross-reference table, so a reader gets
    /// past the file's structure to what the objects hold.
    /// </summary>
    public static byte[] RawPdf(params string[] objects)
    {
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(Encoding.Latin1.GetByteCount(pdf.ToString()));
            pdf.Append(System.Globalization.CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = Encoding.Latin1.GetByteCount(pdf.ToString());
        pdf.Append(System.Globalization.CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        offsets.ForEach(o => pdf.Append(System.Globalization.CultureInfo.InvariantCulture, $"{o:D10} 00000 n \n"));
        pdf.Append(System.Globalization.CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(pdf.ToString());
    }

    /// <summary>One page whose content stream is <paramref name="content"/>, with Helvetica as /F1 and more resources if given.</summary>
    public static byte[] PdfWithContent(string content, string resources = "", params string[] more) => RawPdf(
    [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        $"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> {resources} >> /Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"<< /Length {content.Length} >>\nstream\n{content}\nendstream"),
        .. more,
    ]);

    /// <summary>A workbook zip whose one sheet inflates to <paramref name="megabytes"/> MB of blanks from a few hundred KB.</summary>
    public static byte[] XlsxBomb(int megabytes)
    {
        using var output = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(output, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            void Entry(string name, string text)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name, System.IO.Compression.CompressionLevel.SmallestSize).Open(), new UTF8Encoding(false));
                writer.Write(text);
            }

            Entry("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/></Types>");
            Entry("xl/workbook.xml", "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheets><sheet name=\"Data\" sheetId=\"1\"/></sheets></workbook>");
            using var sheet = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml", System.IO.Compression.CompressionLevel.SmallestSize).Open(), new UTF8Encoding(false));
            sheet.Write("<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
            var blanks = new string(' ', 1024 * 1024);
            for (var i = 0; i < megabytes; i++)
            {
                sheet.Write(blanks);
            }

            sheet.Write("</sheetData></worksheet>");
        }

        return output.ToArray();
    }

    /// <summary><paramref name="rows"/> rows of one small figure each in one JSON answer: a few bytes a row.</summary>
    public static byte[] JsonFlood(int rows) =>
        Encoding.UTF8.GetBytes("{\"data\":[" + string.Join(',', Enumerable.Repeat("{\"month\":\"2022-10\",\"arrivals\":5010}", rows)) + "]}");

    /// <summary>Text repeated until the body is at least <paramref name="bytes"/> long.</summary>
    public static byte[] Repeated(string text, int bytes) =>
        Encoding.UTF8.GetBytes(new StringBuilder(bytes + text.Length).Insert(0, text, (bytes / text.Length) + 1).ToString());
}
