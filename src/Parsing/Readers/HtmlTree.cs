using System.Text;
using HtmlAgilityPack;

namespace MigrationFeeds.Parsing.Readers;

/// <summary>
/// Walks of an HTML tree that never recurse: HtmlAgilityPack's own <c>InnerText</c> recurses once per level, so a page
/// of deeply nested elements would overflow the stack, which no handler can catch.
/// </summary>
public static class HtmlTree
{
    /// <summary>Deeper than any page a publisher writes (theirs nest a few dozen levels); deeper ones are refused.</summary>
    public const int MaxDepth = 256;

    /// <summary>
    /// The page's tree, or null when its elements nest deeper than <see cref="MaxDepth"/>. The parser stops at that depth
    /// itself (its time grows with the square of the depth), and the tree it built is checked again.
    /// </summary>
    public static HtmlDocument? Load(string html)
    {
        var document = new HtmlDocument { OptionMaxNestedChildNodes = MaxDepth };
        try
        {
            document.LoadHtml(html);
        }
        catch (Exception e) when (e.Message.Contains("nested", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return TooDeep(document.DocumentNode) ? null : document;
    }

    /// <summary>How deep elements nest below <paramref name="root"/>, counted up to <paramref name="stopAt"/> (then it returns that).</summary>
    public static int Depth(HtmlNode root, int stopAt = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(root);
        var deepest = 0;
        var stack = new Stack<(HtmlNode Node, int Depth)>();
        stack.Push((root, 0));
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            if (depth > deepest)
            {
                deepest = depth;
                if (deepest >= stopAt)
                {
                    return deepest;
                }
            }

            foreach (var child in node.ChildNodes)
            {
                if (child.HasChildNodes)
                {
                    stack.Push((child, depth + 1));
                }
                else if (depth + 1 > deepest)
                {
                    deepest = depth + 1;
                }
            }
        }

        return deepest;
    }

    /// <summary>True when elements nest deeper than <see cref="MaxDepth"/>.</summary>
    public static bool TooDeep(HtmlNode root) => Depth(root, MaxDepth + 1) > MaxDepth;

    /// <summary>The text of a node and its descendants in document order, as <c>InnerText</c> gives it, without recursion.</summary>
    public static string Text(HtmlNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var text = new StringBuilder();
        var stack = new Stack<HtmlNode>();
        stack.Push(node);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            switch (current.NodeType)
            {
                case HtmlNodeType.Text:
                    text.Append(((HtmlTextNode)current).Text);
                    continue;
                case HtmlNodeType.Comment:
                    continue;
            }

            for (var i = current.ChildNodes.Count - 1; i >= 0; i--)
            {
                stack.Push(current.ChildNodes[i]);
            }
        }

        return text.ToString();
    }
}
