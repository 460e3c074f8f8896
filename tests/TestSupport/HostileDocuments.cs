using System.Globalization;
using System.Text;

namespace MigrationFeeds.TestSupport;

/// <summary>Documents built to take a parser down: deep nesting, floods of rows, sizes that inflate. Built here, never stored.</summary>
public static class HostileDocuments
{
    /// <summary>
    /// A one-page PDF whose page draws form XObject 1, which draws form 2, and so on <paramref name="depth"/> levels:
    /// a reader that follows the forms by recursion overflows its stack. 20,000 levels make about 4 MB.
    /// </summary>
    public static byte[] ChainedFormsPdf(int depth)
    {
        var pdf = new MemoryStream();
        var offsets = new List<long>();
        void Write(string text) => pdf.Write(Encoding.ASCII.GetBytes(text));
        void Object(int number, string body)
        {
            while (offsets.Count < number)
            {
                offsets.Add(0);
            }

            offsets[number - 1] = pdf.Position;
            Write(string.Create(CultureInfo.InvariantCulture, $"{number} 0 obj\n{body}\nendobj\n"));
        }

        static string Stream(string dictionary, string content) =>
            string.Create(CultureInfo.InvariantCulture, $"<< {dictionary} /Length {content.Length} >>\nstream\n{content}\nendstream");

        const int firstForm = 6;
        Write("%PDF-1.4\n");
        Object(1, "<< /Type /Catalog /Pages 2 0 R >>");
        Object(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        Object(3, $"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /XObject << /X {firstForm} 0 R >> /Font << /F1 4 0 R >> >> /Contents 5 0 R >>");
        Object(4, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        Object(5, Stream("", "/X Do"));
        for (var k = 0; k < depth; k++)
        {
            var number = firstForm + k;
            var last = k == depth - 1;
            var resources = last ? "/Font << /F1 4 0 R >>" : $"/XObject << /X {number + 1} 0 R >>";
            Object(number, Stream($"/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << {resources} >>", last ? "BT /F1 12 Tf 72 720 Td (In May, 5,010 arrived.) Tj ET" : "/X Do"));
        }

        var xref = pdf.Position;
        Write(string.Create(CultureInfo.InvariantCulture, $"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n"));
        foreach (var offset in offsets)
        {
            Write(string.Create(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n"));
        }

        Write(string.Create(CultureInfo.InvariantCulture, $"trailer\n<< /Size {offsets.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"));
        return pdf.ToArray();
    }

    /// <summary>
    /// A valid PDF of <paramref name="pages"/> pages of <paramref name="linesPerPage"/> lines of 7-point Helvetica each,
    /// line <c>n</c> (from 0, over the whole document) being <paramref name="line"/>(n). Written object by object rather
    /// than through a PDF library's page builder, which spends many seconds on a document of a thousand pages; a reader
    /// finds the same pages and text either way.
    /// </summary>
    public static byte[] ProsePdf(int pages, int linesPerPage, Func<int, string> line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var pdf = new MemoryStream();
        var offsets = new List<long>();
        var text = new StringBuilder();
        void Write(string s) => pdf.Write(Encoding.Latin1.GetBytes(s));
        void Object(string body)
        {
            offsets.Add(pdf.Position);
            Write(string.Create(CultureInfo.InvariantCulture, $"{offsets.Count} 0 obj\n{body}\nendobj\n"));
        }

        // Objects 1 to 3, then a page and its content for each page: page p is object 4 + 2p.
        Write("%PDF-1.4\n");
        Object("<< /Type /Catalog /Pages 2 0 R >>");
        Object(string.Create(CultureInfo.InvariantCulture, $"<< /Type /Pages /Kids [{string.Join(' ', Enumerable.Range(0, pages).Select(p => $"{4 + (2 * p)} 0 R"))}] /Count {pages} >>"));
        Object("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
        for (var p = 0; p < pages; p++)
        {
            text.Clear();
            for (var l = 0; l < linesPerPage; l++)
            {
                var escaped = line((p * linesPerPage) + l).Replace("\\", "\\\\", StringComparison.Ordinal).Replace("(", "\\(", StringComparison.Ordinal).Replace(")", "\\)", StringComparison.Ordinal);
                text.Append(CultureInfo.InvariantCulture, $"BT /F1 7 Tf 20 {820 - (l * 13)} Td ({escaped}) Tj ET\n");
            }

            Object(string.Create(CultureInfo.InvariantCulture, $"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents {5 + (2 * p)} 0 R >>"));
            // Compressed as a library writes it, so the document stays under the size limits a test sets.
            var compressed = new MemoryStream();
            using (var zlib = new System.IO.Compression.ZLibStream(compressed, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
            {
                zlib.Write(Encoding.Latin1.GetBytes(text.ToString()));
            }

            offsets.Add(pdf.Position);
            Write(string.Create(CultureInfo.InvariantCulture, $"{offsets.Count} 0 obj\n<< /Length {compressed.Length} /Filter /FlateDecode >>\nstream\n"));
            pdf.Write(compressed.ToArray());
            Write("\nendstream\nendobj\n");
        }

        var xref = pdf.Position;
        Write(string.Create(CultureInfo.InvariantCulture, $"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n"));
        foreach (var offset in offsets)
        {
            Write(string.Create(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n"));
        }

        Write(string.Create(CultureInfo.InvariantCulture, $"trailer\n<< /Size {offsets.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"));
        return pdf.ToArray();
    }

    /// <summary>An HTML page of <paramref name="depth"/> nested elements of one name around a sentence.</summary>
    public static byte[] NestedHtml(string open, string close, int depth) =>
        Encoding.UTF8.GetBytes("<html><body>" + Repeat(open, depth) + "In May, 5,010 refugees and migrants arrived." + Repeat(close, depth) + "</body></html>");

    /// <summary>An HTML page of about <paramref name="bytes"/> bytes of short paragraphs (a flat page, large only by size).</summary>
    public static byte[] LargeHtml(int bytes)
    {
        const string paragraph = "<p>In May, 5,010 refugees and migrants arrived in the region.</p>\n";
        var html = new StringBuilder("<html><body>");
        while (html.Length < bytes)
        {
            html.Append(paragraph);
        }

        return Encoding.UTF8.GetBytes(html.Append("</body></html>").ToString());
    }

    private static string Repeat(string text, int times) => new StringBuilder(text.Length * times).Insert(0, text, times).ToString();
}
