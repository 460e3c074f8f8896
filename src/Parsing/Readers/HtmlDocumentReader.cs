using System.Text;
using HtmlAgilityPack;
using MigrationFeeds.Parsing.Model;

namespace MigrationFeeds.Parsing.Readers;

/// <summary>
/// Reads the visible text of an HTML page as one page of lines: every block element ends a line and
/// a block, a &lt;br&gt; ends a line within its block, and page furniture (scripts, styles,
/// navigation, header, footer) is dropped.
/// </summary>
public static class HtmlDocumentReader
{
    private static readonly HashSet<string> Hidden = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "nav", "header", "footer", "noscript", "template", "head", "svg", "iframe", "object", "select", "button",
    };

    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "tr", "div", "ul", "ol", "dl", "dt", "dd", "table",
        "section", "article", "main", "aside", "blockquote", "pre", "figure", "figcaption", "caption", "hr", "address", "body", "form", "fieldset",
    };

    /// <param name="content">The page's bytes.</param>
    /// <param name="contentType">The Content-Type header, whose charset wins over the page's own &lt;meta&gt;.</param>
    public static DocumentReadResult Read(ReadOnlyMemory<byte> content, string? contentType = null)
    {
        var span = content.Span;
        if (span.IsEmpty)
        {
            return DocumentReadResult.Failure(ParseIssueCodes.Empty, "The HTML page is empty.");
        }

        var encoding = HtmlCharset.Detect(span, contentType);
        var html = encoding.GetString(span).TrimStart('\uFEFF');

        var document = new HtmlDocument();
        document.LoadHtml(html);

        var title = ReadTitle(document);
        var collector = new LineCollector();
        Walk(document.DocumentNode, collector);
        collector.EndLine();

        var lines = collector.Lines.Select((line, index) => new TextLine { Number = index + 1, Text = line.Text, Block = line.Block }).ToList();
        var page = new TextPage { Number = 1, Lines = lines, Tables = collector.Tables };
        return DocumentReadResult.Success(new TextDocument { Pages = [page], Title = title });
    }

    private static string? ReadTitle(HtmlDocument document)
    {
        foreach (var xpath in new[] { "//title", "//h1" })
        {
            var node = document.DocumentNode.SelectSingleNode(xpath);
            if (node is not null)
            {
                var text = TextNormalizer.Normalize(HtmlEntity.DeEntitize(node.InnerText));
                if (text.Length > 0)
                {
                    return text;
                }
            }
        }

        return null;
    }

    private static void Walk(HtmlNode node, LineCollector collector)
    {
        switch (node.NodeType)
        {
            case HtmlNodeType.Comment:
                return;
            case HtmlNodeType.Text:
                collector.Append(HtmlEntity.DeEntitize(node.InnerText));
                return;
            case HtmlNodeType.Element when Hidden.Contains(node.Name) || IsHidden(node):
                return;
        }

        if (node.NodeType == HtmlNodeType.Element && node.Name.Equals("br", StringComparison.OrdinalIgnoreCase))
        {
            // A line break inside a paragraph ends the line, not the paragraph.
            collector.EndLine(newBlock: false);
            return;
        }

        var isBlock = node.NodeType == HtmlNodeType.Element && BlockElements.Contains(node.Name);
        if (isBlock)
        {
            collector.EndLine();
        }

        if (node.NodeType == HtmlNodeType.Element && node.Name.Equals("table", StringComparison.OrdinalIgnoreCase))
        {
            collector.AddTable(node);
        }

        foreach (var child in node.ChildNodes)
        {
            Walk(child, collector);
        }

        if (isBlock)
        {
            collector.EndLine();
        }
    }

    private static bool IsHidden(HtmlNode node) =>
        node.Attributes.Contains("hidden")
        || node.GetAttributeValue("aria-hidden", string.Empty).Equals("true", StringComparison.OrdinalIgnoreCase)
        || node.GetAttributeValue("style", string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal)
            .Contains("display:none", StringComparison.OrdinalIgnoreCase);

    private sealed class LineCollector
    {
        private readonly StringBuilder _current = new();
        private int _block;

        public List<(string Text, int Block)> Lines { get; } = [];

        public List<TextTable> Tables { get; } = [];

        /// <summary>Keeps a table's cells by row, besides its lines, for readers of tables.</summary>
        public void AddTable(HtmlNode table)
        {
            var rows = table.SelectNodes(".//tr")?
                .Where(tr => tr.Ancestors("table").FirstOrDefault() == table)
                .Select(tr => (IReadOnlyList<string>)tr.ChildNodes
                    .Where(c => c.Name is "td" or "th")
                    .Select(c => TextNormalizer.Normalize(HtmlEntity.DeEntitize(c.InnerText)))
                    .ToList())
                .Where(r => r.Count > 0)
                .ToList();
            if (rows is { Count: > 0 })
            {
                Tables.Add(new TextTable { Rows = rows, Line = Lines.Count + 1 });
            }
        }

        public void Append(string text) => _current.Append(text);

        public void EndLine(bool newBlock = true)
        {
            var text = TextNormalizer.Normalize(_current.ToString());
            _current.Clear();
            if (text.Length > 0)
            {
                Lines.Add((text, _block));
            }

            if (newBlock && Lines.Count > 0 && Lines[^1].Block == _block)
            {
                _block++;
            }
        }
    }
}
