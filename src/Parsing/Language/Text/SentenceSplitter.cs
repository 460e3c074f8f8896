using System.Text;
using System.Text.RegularExpressions;
using MigrationFeeds.Parsing.Readers;

namespace MigrationFeeds.Parsing.Language.Text;

/// <summary>
/// Splits the lines of a page into sentences. Lines of one block are running text; a new block
/// starts a new sentence unless the text before it is visibly unfinished (no closing punctuation,
/// and the new block starts in lower case, as when a paragraph continues in the next column).
/// </summary>
internal static partial class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "e.g", "i.e", "etc", "no", "nos", "approx", "mr", "mrs", "ms", "dr", "st", "p", "pp", "vs", "cf", "fig", "incl", "art", "para",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "gov", "govt", "int", "est", "ca",
    };

    public static IReadOnlyList<Sentence> Split(TextPage page, Func<TextLine, bool>? include = null)
    {
        var sentences = new List<Sentence>();
        foreach (var paragraph in Paragraphs(page, include))
        {
            SplitParagraph(page.Number, paragraph, sentences);
        }

        return sentences;
    }

    /// <summary>Splits a single piece of text (no line structure), e.g. in tests or for HTML fragments.</summary>
    public static IReadOnlyList<Sentence> Split(string text, int page = 1, int line = 1)
    {
        var sentences = new List<Sentence>();
        var paragraph = new Paragraph();
        paragraph.Add(text, line);
        SplitParagraph(page, paragraph, sentences);
        return sentences;
    }

    private static List<Paragraph> Paragraphs(TextPage page, Func<TextLine, bool>? include)
    {
        var paragraphs = new List<Paragraph>();
        Paragraph? current = null;
        int? currentBlock = null;
        var previousWasHeading = false;
        var previousWasFigureItem = false;
        foreach (var line in page.Lines)
        {
            if (line.Text.Length == 0 || (include is not null && !include(line)))
            {
                continue;
            }

            // A heading set in capitals inside a block ("6 SERBIA" in text taken from a PDF) is a paragraph of its own.
            var heading = IsHeadingLike(line.Text);

            // Lines that each open with a count ("3,825 migrants accommodated (21 May)", then "3,220 migrants outside
            // the centres") are a list of key figures, an item a line, even with no bullets left.
            var figureItem = LedByCount().IsMatch(line.Text);
            var continues = current is not null
                && (line.Block == currentBlock || current.LooksUnfinished && StartsLowerCase(line.Text))
                && !Bullet().IsMatch(line.Text)
                && !(figureItem && previousWasFigureItem)
                && !heading && !previousWasHeading;
            previousWasHeading = heading;
            previousWasFigureItem = figureItem;
            if (!continues)
            {
                current = new Paragraph();
                paragraphs.Add(current);
            }

            current!.Add(line.Text, line.Number);
            currentBlock = line.Block;
        }

        return paragraphs;
    }

    private static bool StartsLowerCase(string text) => text.Length > 0 && char.IsLower(text[0]);

    /// <summary>
    /// A short line set mostly in capitals, with no full stop at its end ("6 SERBIA", "KEY FIGURES", "10 BOSNIA AND
    /// HERZEGOVINA"), perhaps led by a section or page number: a heading, whatever block it sits in.
    /// </summary>
    public static bool IsHeadingLike(string text)
    {
        const int MaxWords = 8;

        // "KOSOVO (S/RES/1244 (1999))": the resolution a name is designated under is no part of the heading's words.
        var trimmed = Designation().Replace(text, string.Empty).TrimEnd();
        if (trimmed.Length == 0 || trimmed.EndsWith('.') || trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxWords)
        {
            return false;
        }

        var letters = trimmed.Count(char.IsLetter);
        return letters >= 4 && trimmed.Count(char.IsUpper) >= letters * 0.7 && !trimmed.Any(char.IsDigit) || LedByNumber(trimmed, letters);
    }

    private static bool LedByNumber(string text, int letters)
    {
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        if (space <= 0 || !text[..space].All(char.IsDigit))
        {
            return false;
        }

        var rest = text[(space + 1)..];
        return letters >= 4 && !rest.Any(char.IsDigit) && rest.Count(char.IsUpper) >= letters * 0.7;
    }

    private static void SplitParagraph(int page, Paragraph paragraph, List<Sentence> sentences)
    {
        var first = sentences.Count;
        var text = paragraph.Text;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (IsBoundary(text, i, out var end, out var resume))
            {
                Emit(page, paragraph, start, end, sentences);
                start = resume;
                i = resume - 1;
            }
        }

        Emit(page, paragraph, start, text.Length, sentences);
        for (var i = first + 1; i < sentences.Count; i++)
        {
            sentences[i] = sentences[i] with { Previous = sentences[i - 1].Text };
        }
    }

    /// <param name="text">The paragraph.</param>
    /// <param name="i">The character looked at.</param>
    /// <param name="end">Where the sentence ends, closing quotes and footnote marks included.</param>
    /// <param name="resume">Where the next sentence starts.</param>
    private static bool IsBoundary(string text, int i, out int end, out int resume)
    {
        end = i + 1;
        resume = i + 1;
        var c = text[i];
        if (c is '•' or '▪' or '■' or '●' or '◦' or '‣' or '►' or '\uF0B7' or '\uF0A7')
        {
            // A bullet inside running text starts a new item: end the sentence before it.
            end = i;
            return i > 0;
        }

        if (c is not ('.' or '!' or '?'))
        {
            return false;
        }

        // Closing quotes, brackets and footnote marks stay with the sentence they end.
        var j = i + 1;
        while (j < text.Length && text[j] is '"' or '”' or '’' or '\'' or ')' or '*')
        {
            j++;
        }

        j = SkipFootnoteMark(text, j);
        if (j >= text.Length || text[j] != ' ')
        {
            return false;
        }

        end = j;

        var k = j;
        while (k < text.Length && text[k] == ' ')
        {
            k++;
        }

        if (k >= text.Length)
        {
            return false;
        }

        var next = text[k];
        if (!(char.IsUpper(next) || char.IsDigit(next) || next is '"' or '“' or '‘' or '(' or '•' or '▪' or '■' || DashBullet(text, k)))
        {
            return false;
        }

        if (c == '.' && IsAbbreviation(text, i))
        {
            return false;
        }

        // "2011. – 239": a year written with its dot, then the value it lists after a dash.
        if (c == '.' && DigitsBefore(text, i) == 4 && DashBullet(text, k) && char.IsDigit(text[k + 2]))
        {
            return false;
        }

        // "od 1. 1. 2019. do 5. 6. 2019. godine": a day or a month written as a number with its dot, before another number.
        if (c == '.' && char.IsDigit(next) && DigitsBefore(text, i) is 1 or 2)
        {
            return false;
        }

        resume = k;
        return true;
    }

    /// <summary>"… remain in Serbia. - 41 collective expulsions …": a dash set as a bullet after a full stop opens the next item.</summary>
    private static bool DashBullet(string text, int k) =>
        text[k] is '-' or '–' or '—' && k + 2 < text.Length && text[k + 1] == ' ' && (char.IsUpper(text[k + 2]) || char.IsDigit(text[k + 2]));

    private static int DigitsBefore(string text, int i)
    {
        var count = 0;
        while (i - count - 1 >= 0 && char.IsDigit(text[i - count - 1]))
        {
            count++;
        }

        return count;
    }

    /// <summary>A one- or two-digit footnote mark glued to the full stop ("registered.2 The").</summary>
    private static int SkipFootnoteMark(string text, int j)
    {
        var end = j;
        while (end < text.Length && char.IsDigit(text[end]))
        {
            end++;
        }

        return end - j is > 0 and <= 2 && end < text.Length && text[end] == ' ' ? end : j;
    }

    private static bool IsAbbreviation(string text, int dot)
    {
        var begin = dot;
        while (begin > 0 && (char.IsLetter(text[begin - 1]) || text[begin - 1] == '.'))
        {
            begin--;
        }

        var word = text[begin..dot];
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true; // an initial, as in "J. Smith"
        }

        return Abbreviations.Contains(word);
    }

    private static void Emit(int page, Paragraph paragraph, int start, int end, List<Sentence> sentences)
    {
        var raw = paragraph.Text[start..end];
        var trimmed = raw.Trim().TrimStart('•', '▪', '■', '●', '◦', '‣', '►', '\uF0B7', '\uF0A7').Trim();
        if (trimmed.Length == 0)
        {
            return;
        }

        var offset = start + raw.IndexOf(trimmed[0], StringComparison.Ordinal);
        sentences.Add(new Sentence { Page = page, Line = paragraph.LineAt(offset), Text = trimmed });
    }

    // A bullet, a dash set as one before a capital ("- UNHCR's partner …"), or a numbered paragraph as reports of the United
    // Nations set them ("23.   Migrants in …").
    [GeneratedRegex(@"^\s*(?:[•▪■●◦‣►]|[-–—]\s+(?=\p{Lu})|\d{1,3}\.\s{2,}(?=\p{Lu}))")]
    private static partial Regex Bullet();

    private sealed class Paragraph
    {
        private readonly StringBuilder _text = new();
        private readonly List<(int Offset, int Line)> _lineStarts = [];

        public string Text => _text.ToString();

        public bool LooksUnfinished => _text.Length > 0 && _text[^1] is not ('.' or '!' or '?' or ':' or ';');

        public void Add(string line, int number)
        {
            if (_text.Length > 0)
            {
                _text.Append(' ');
            }

            _lineStarts.Add((_text.Length, number));
            _text.Append(line);
        }

        public int LineAt(int offset)
        {
            var line = _lineStarts[0].Line;
            foreach (var (start, number) in _lineStarts)
            {
                if (start > offset)
                {
                    break;
                }

                line = number;
            }

            return line;
        }
    }

    [GeneratedRegex(@"^\d{1,3}(?:[.,\u00a0\u202f ]\d{3})*\+?\s+\p{L}")]
    private static partial Regex LedByCount();

    [GeneratedRegex(@"\s*\(\s*S/RES/\d+\s*(?:\(\d{4}\))?\s*\)")]
    private static partial Regex Designation();
}
