using System.Net;
using System.Text;

namespace MigrationFeeds.Pipeline.Discovery;

/// <summary>
/// A report's text from its listing as the HTML document that is archived and parsed: the listing's paragraphs under
/// the report's title, and nothing of the page's navigation.
/// </summary>
public static class ReportTextPage
{
    public static ReadOnlyMemory<byte> Render(string title, string bodyHtml)
    {
        var encoded = WebUtility.HtmlEncode(title);
        return Encoding.UTF8.GetBytes(
            $"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n<title>{encoded}</title>\n</head>\n<body>\n<h1>{encoded}</h1>\n{bodyHtml.Trim()}\n</body>\n</html>\n");
    }
}
