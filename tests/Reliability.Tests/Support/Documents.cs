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
    public static byte[] LongPdf(int pages)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        for (var p = 0; p < pages; p++)
        {
            var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
            for (var line = 0; line < 60; line++)
            {
                page.AddText($"In March 2022, {p * 60 + line + 1:N0} persons were accommodated in the centres of the Una-Sana canton, and others arrived.", 7, new PdfPoint(20, 820 - line * 13), font);
            }
        }

        return builder.Build();
    }

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
}
