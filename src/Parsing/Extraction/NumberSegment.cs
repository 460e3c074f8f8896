using System.Text.RegularExpressions;
using MigrationFeeds.Parsing.Language.Numbers;

namespace MigrationFeeds.Parsing.Extraction;

/// <summary>
/// The words that belong to one number: the rest of its clause, cut at its neighbours (the numbers before
/// and after it) and at the punctuation nearest to it. "a zahtjev za azil podnijelo njih 77" belongs to 77,
/// "Namjeru … iskazalo je" to the number after it.
/// </summary>
internal readonly record struct NumberSegment(int LeftStart, int RightEnd, string Left, string Right)
{
    public string Text => Left + " | " + Right;

    public static NumberSegment Of(string text, NumberMention number, IReadOnlyList<NumberMention> numbers, Regex? localClauses)
    {
        var (clauseStart, clauseEnd) = Clauses.Around(text, number.Start, localClauses);
        var previousEnd = numbers.Where(n => n.End <= number.Start).Select(n => n.End).DefaultIfEmpty(0).Max();
        var nextStart = numbers.Where(n => n.Start >= number.End).Select(n => n.Start).DefaultIfEmpty(text.Length).Min();
        var leftStart = Math.Max(clauseStart, previousEnd);
        var rightEnd = Math.Max(number.End, Math.Min(clauseEnd, nextStart));

        var left = text[Math.Min(leftStart, number.Start)..number.Start];
        var cut = left.LastIndexOfAny([',', ';', ':', '(', '•']);
        if (cut >= 0)
        {
            leftStart += cut + 1;
            left = left[(cut + 1)..];
        }

        var right = text[number.End..rightEnd];
        var stop = right.IndexOfAny([',', ';', ':', '(', '•']);
        if (stop >= 0)
        {
            right = right[..stop];
            rightEnd = number.End + stop;
        }

        return new NumberSegment(leftStart, rightEnd, left, right);
    }
}
