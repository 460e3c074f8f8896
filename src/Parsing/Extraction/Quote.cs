namespace MigrationFeeds.Parsing.Extraction;

/// <summary>Quotes are at most 200 characters: a long sentence is cut to a window around the number.</summary>
internal static class Quote
{
    public const int MaxLength = 200;
    private const char Ellipsis = '…';

    public static string Around(string sentence, int start, int length)
    {
        if (sentence.Length <= MaxLength)
        {
            return sentence;
        }

        // Centre the window on the number, then widen it to whole words.
        var budget = MaxLength - 2;
        var from = Math.Clamp(start + length / 2 - budget / 2, 0, sentence.Length - budget);
        var to = from + budget;
        if (from > 0)
        {
            var space = sentence.IndexOf(' ', from);
            from = space >= 0 && space < start ? space + 1 : from;
        }

        if (to < sentence.Length)
        {
            var space = sentence.LastIndexOf(' ', to - 1, to - from);
            to = space > start + length ? space : to;
        }

        var quote = sentence[from..to].Trim();
        return (from > 0 ? Ellipsis.ToString() : string.Empty) + quote + (to < sentence.Length ? Ellipsis.ToString() : string.Empty);
    }
}
