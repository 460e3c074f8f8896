using System.Text;
using System.Text.RegularExpressions;
using MigrationFeeds.Parsing.Language.Packs;
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

    /// <summary>Larger pages are refused: the DOM takes some forty times a page's size, and no publisher's page is near this.</summary>
    public const int MaxBytes = 8 * 1024 * 1024;

    /// <param name="content">The page's bytes.</param>
    /// <param name="contentType">The Content-Type header, whose charset wins over the page's own &lt;meta&gt;.</param>
    public static DocumentReadResult Read(ReadOnlyMemory<byte> content, string? contentType = null)
    {
        var span = content.Span;
        if (span.IsEmpty)
        {
            return DocumentReadResult.Failure(ParseIssueCodes.Empty, "The HTML page is empty.");
        }

        if (span.Length > MaxBytes)
        {
            return DocumentReadResult.Failure(ParseIssueCodes.TooLarge, $"The HTML page has {span.Length:N0} bytes; pages over {MaxBytes:N0} are not read.");
        }

        var decoded = TextDecoding.Decode(span, contentType);
        if (decoded.Issue is not null)
        {
            return DocumentReadResult.Failure(decoded.Issue);
        }

        if (HtmlTree.Load(decoded.Text!) is not { } document)
        {
            return DocumentReadResult.Failure(ParseIssueCodes.TooDeep, $"Elements nest more than {HtmlTree.MaxDepth} levels deep; the page is not read.");
        }

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
                var text = TextNormalizer.Normalize(HtmlEntity.DeEntitize(HtmlTree.Text(node)));
                if (text.Length > 0)
                {
                    return text;
                }
            }
        }

        return null;
    }

    /// <summary>Every node in document order, with an explicit stack: a block ends a line when it starts and when it ends.</summary>
    private static void Walk(HtmlNode root, LineCollector collector)
    {
        var stack = new Stack<(HtmlNode Node, bool Leaving)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, leaving) = stack.Pop();
            if (leaving)
            {
                collector.EndLine();
                continue;
            }

            switch (node.NodeType)
            {
                case HtmlNodeType.Comment:
                    continue;
                case HtmlNodeType.Text:
                    collector.Append(HtmlEntity.DeEntitize(((HtmlTextNode)node).Text));
                    continue;
                case HtmlNodeType.Element when Hidden.Contains(node.Name) || IsHidden(node):
                    continue;
            }

            if (node.NodeType == HtmlNodeType.Element && node.Name.Equals("br", StringComparison.OrdinalIgnoreCase))
            {
                // A line break inside a paragraph ends the line, not the paragraph.
                collector.EndLine(newBlock: false);
                continue;
            }

            var isBlock = node.NodeType == HtmlNodeType.Element && BlockElements.Contains(node.Name);
            if (isBlock)
            {
                collector.EndLine();
                stack.Push((node, true));
            }

            if (node.NodeType == HtmlNodeType.Element && node.Name.Equals("table", StringComparison.OrdinalIgnoreCase))
            {
                collector.AddTable(node);
            }

            for (var i = node.ChildNodes.Count - 1; i >= 0; i--)
            {
                stack.Push((node.ChildNodes[i], false));
            }
        }
    }

    /// <summary>
    /// Blocks that a page's template marks as links to other pages ("related news", a sidebar, the latest stories):
    /// their headlines state other days' figures, dated by their own teasers.
    /// </summary>
    private static readonly HashSet<string> ElsewhereBlocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "related", "sidebar", "widget", "latest", "popular", "recommended", "teasers",
    };

    private static bool IsHidden(HtmlNode node) =>
        IsElsewhereBlock(node)
        || node.Attributes.Contains("hidden")
        || node.GetAttributeValue("aria-hidden", string.Empty).Equals("true", StringComparison.OrdinalIgnoreCase)
        || node.GetAttributeValue("style", string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal)
            .Contains("display:none", StringComparison.OrdinalIgnoreCase);

    private static Regex RelatedHeading => LanguagePacks.AnyWord("related", @"^\s*(?:", @")\s*:?\s*$")!;

    private static bool IsElsewhereBlock(HtmlNode node)
    {
        if (node.Name is not ("section" or "aside" or "div" or "ul"))
        {
            return false;
        }

        // "<aside><h2>Most read</h2><ul>…": a block headed by the words of a list of other pages, whatever its class.
        if (node.Name is "aside" or "section" or "div" && node.ChildNodes.FirstOrDefault(c => c.NodeType == HtmlNodeType.Element) is { } first
            && first.Name is "h2" or "h3" or "h4" or "h5" or "h6" && RelatedHeading.IsMatch(Language.Text.FoldedText.Fold(HtmlEntity.DeEntitize(first.InnerText)).Text))
        {
            return true;
        }

        var marks = node.GetAttributeValue("class", string.Empty) + " " + node.GetAttributeValue("id", string.Empty);
        foreach (var token in marks.Split([' ', '-', '_'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (ElsewhereBlocks.Contains(token))
            {
                return true;
            }
        }

        return false;
    }

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
                    .Select(c => TextNormalizer.Normalize(HtmlEntity.DeEntitize(HtmlTree.Text(c))))
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
