using System.Text.RegularExpressions;
using MigrationFeeds.Parsing.Language.Numbers;

namespace MigrationFeeds.Parsing.Extraction;

/// <summary>
/// The words that belong to one number: the rest of its clause, cut at its neighbours (the numbers before
/// and after it) and at the punctuation nearest to it. "a zahtjev za azil podnijelo njih 77" belongs to 77,
/// "Namjeru … iskazalo je" to the number after it. A bracket that holds no count of its own ("(95%)",
/// "(SFA)") does not cut: "3,902 persons (95%) expressed an intention" is one stretch.
/// </summary>
internal readonly record struct NumberSegment(int LeftStart, int RightEnd, string Left, string Right)
{
    private static readonly char[] Stops = [',', ';', ':', '(', '•'];

    public string Text => Left + " | " + Right;

    public static NumberSegment Of(string text, NumberMention number, IReadOnlyList<NumberMention> numbers, Regex? localClauses)
    {
        var (clauseStart, clauseEnd) = Clauses.Around(text, number.Start, localClauses);
        var previousEnd = numbers.Where(n => n.End <= number.Start).Select(n => n.End).DefaultIfEmpty(0).Max();
        var nextStart = numbers.Where(n => n.Start >= number.End).Select(n => n.Start).DefaultIfEmpty(text.Length).Min();
        var leftStart = Math.Min(Math.Max(clauseStart, previousEnd), number.Start);
        var rightEnd = Math.Max(number.End, Math.Min(clauseEnd, nextStart));

        var cut = LastStop(text, leftStart, number.Start, numbers);
        if (cut >= 0)
        {
            leftStart = cut + 1;
        }

        var stop = FirstStop(text, number.End, rightEnd, numbers);
        if (stop >= 0)
        {
            rightEnd = stop;
        }

        return new NumberSegment(leftStart, rightEnd, text[leftStart..number.Start], text[number.End..rightEnd]);
    }

    private static int FirstStop(string text, int from, int to, IReadOnlyList<NumberMention> numbers)
    {
        for (var i = from; i < to; i++)
        {
            if (Array.IndexOf(Stops, text[i]) < 0)
            {
                continue;
            }

            var close = text[i] == '(' ? text.IndexOf(')', i + 1, to - i - 1) : -1;
            if (close > 0 && !numbers.Any(n => n.Start > i && n.Start < close))
            {
                i = close;
                continue;
            }

            return i;
        }

        return -1;
    }

    private static int LastStop(string text, int from, int to, IReadOnlyList<NumberMention> numbers)
    {
        for (var i = to - 1; i >= from; i--)
        {
            if (text[i] == ')')
            {
                var open = text.LastIndexOf('(', i, i - from + 1);
                if (open >= 0 && !numbers.Any(n => n.Start > open && n.Start < i))
                {
                    i = open;
                    continue;
                }
            }

            if (Array.IndexOf(Stops, text[i]) >= 0)
            {
                return i;
            }
        }

        return -1;
    }
}
