using System.Text.RegularExpressions;
using MigrationFeeds.Parsing.Extraction.Labels;
using MigrationFeeds.Parsing.Language.Numbers;
using MigrationFeeds.Parsing.Language.Packs;

namespace MigrationFeeds.Parsing.Extraction;

/// <summary>
/// The words that belong to one number: the rest of its clause, cut at its neighbours (the numbers before
/// and after it) and at the punctuation nearest to it. "a zahtjev za azil podnijelo njih 77" belongs to 77,
/// "Namjeru … iskazalo je" to the number after it. Between two numbers, the words up to the last conjunction
/// are the first one's, the rest the second's: in "346 persons expressed an intention to seek asylum and 142
/// applied for asylum", "expressed an intention" is 346's, not 142's.
/// What punctuation does not cut: a bracket that holds no count of its own ("(95%)", "(SFA)"); a comma inside
/// words the lexicon reads as one ("refugees, asylum-seekers and migrants"). A label before a colon is the
/// number's ("Asylum applications: 35"), as are the words before a value in brackets ("u Obrenovcu (865)"), and a
/// number in brackets after a share stands for it: in "97% of them
/// (3,902 persons) received an attestation", the words around the share are the number's.
/// </summary>
internal readonly partial record struct NumberSegment(int LeftStart, int RightEnd, string Left, string Right)
{
    private static readonly char[] Stops = [',', ';', ':', '(', '•'];

    private static Regex Conjunctions => LanguagePacks.AnyWord("conjunction", @"(?<![\p{L}])(?:", @")(?![\p{L}])")!;

    private static Regex Share => LanguagePacks.AnyWord("percent", @"\d(?:[.,]\d+)?\s*(?:%|(?:", @")(?![\p{L}]))")!;

    public string Text => Left + " | " + Right;

    public static NumberSegment Of(string text, NumberMention number, IReadOnlyList<NumberMention> numbers, Regex? localClauses, IReadOnlyList<ConceptTag>? tags = null)
    {
        var (clauseStart, clauseEnd) = Clauses.Around(text, number.Start, localClauses);
        var previousEnd = numbers.Where(n => n.End <= number.Start).Select(n => n.End).DefaultIfEmpty(0).Max();
        var nextStart = numbers.Where(n => n.Start >= number.End).Select(n => n.Start).DefaultIfEmpty(text.Length).Min();
        var leftLimit = Math.Min(Math.Max(clauseStart, previousEnd), number.Start);
        var rightLimit = Math.Max(number.End, Math.Min(clauseEnd, nextStart));
        var leftStart = leftLimit;
        var rightEnd = rightLimit;

        var cut = LastStop(text, leftLimit, number.Start, numbers, tags);
        if (cut >= 0 && text[cut] == '(' && Apposition(text, leftLimit, cut, number, rightLimit) is { } close)
        {
            // "97% of them (3,902 persons) received …": the share's words are the number's.
            var before = LastStop(text, leftLimit, cut, numbers, tags);
            var after = FirstStop(text, close + 1, rightLimit, numbers, tags);
            leftStart = before >= 0 ? before + 1 : leftLimit;
            rightEnd = after >= 0 ? after : rightLimit;
            return new NumberSegment(leftStart, rightEnd, text[leftStart..number.Start], text[number.End..rightEnd]);
        }

        if (cut >= 0 && text[cut] == '(' && text.AsSpan(cut + 1, number.Start - cut - 1).IsWhiteSpace() && NameBefore(text, cut)
            && text.IndexOf(')', number.End) is var closing && closing > 0 && text.AsSpan(number.End, closing - number.End).IsWhiteSpace())
        {
            // "u Obrenovcu (865)", "Serbia (1,234)": a value in brackets is the value of the words before them.
            var label = LastStop(text, leftLimit, cut, numbers, tags);
            leftStart = label >= 0 ? label + 1 : leftLimit;
            return new NumberSegment(leftStart, closing, text[leftStart..number.Start], text[number.End..closing]);
        }

        if (ShareInCommas(text, number.End) is { } shareEnd)
        {
            // "only 12, or 1.4 percent, went on to submit an application": the words after the share are the number's.
            var afterNext = numbers.Where(n => n.Start >= shareEnd).Select(n => n.Start).DefaultIfEmpty(text.Length).Min();
            var end = FirstStop(text, shareEnd, afterNext, numbers, tags);
            rightEnd = end >= 0 ? end : afterNext < text.Length && LastConjunction(text, shareEnd, afterNext, tags) is { } joint ? joint : afterNext;
            leftStart = cut >= 0 ? cut + 1 : leftLimit;
            return new NumberSegment(leftStart, rightEnd, text[leftStart..number.Start], text[number.End..rightEnd]);
        }

        if (cut >= 0 && text[cut] == ':' && text.AsSpan(cut + 1, number.Start - cut - 1).IsWhiteSpace())
        {
            // "Asylum applications: 35": the label before the colon.
            cut = LastStop(text, leftLimit, cut, numbers, tags);
        }

        if (cut >= 0)
        {
            leftStart = cut + 1;
        }
        else if (previousEnd > 0 && previousEnd >= clauseStart && DatedLabelBefore(text, previousEnd, number, tags))
        {
            // "3,550 estimated … outside accommodation at the end of November 2019 3,996 Number of people …": a key figure's
            // label follows its number and ends with its date; the next number's words start after it.
            leftStart = number.Start;
        }
        else if (previousEnd > 0 && previousEnd >= clauseStart && LastConjunction(text, leftLimit, number.Start, tags) is { } joint)
        {
            leftStart = joint;
        }

        var stop = FirstStop(text, number.End, rightLimit, numbers, tags);
        if (stop >= 0 && text[stop] == ',' && text.AsSpan(number.End, stop - number.End).IsWhiteSpace() && Wordless(text.AsSpan(leftStart, number.Start - leftStart)))
        {
            // "Most of them, 3,485, stayed in …": a number set off by commas, with no words on either side, has those after.
            var further = FirstStop(text, stop + 1, rightLimit, numbers, tags);
            rightEnd = further >= 0 ? further : rightLimit;
        }
        else if (stop >= 0 && AsideEnd(text, number.End, stop, rightLimit, numbers, tags) is { } asideEnd)
        {
            // "670 people, most of them single men, are accommodated at Miral": an aside on who they mostly are
            // leaves the number its words after it.
            var further = FirstStop(text, asideEnd + 1, rightLimit, numbers, tags);
            rightEnd = further >= 0 ? further : rightLimit;
            var right = string.Concat(text.AsSpan(number.End, stop - number.End), new string(' ', asideEnd + 1 - stop), text.AsSpan(asideEnd + 1, rightEnd - asideEnd - 1));
            return new NumberSegment(leftStart, rightEnd, text[leftStart..number.Start], right);
        }
        else if (stop >= 0)
        {
            rightEnd = stop;
        }
        else if (nextStart < text.Length && nextStart <= clauseEnd && numbers.First(n => n.Start == nextStart) is var next
                 && DatedLabelBefore(text, number.End, next, tags))
        {
            // The words up to the next number are this one's label, "and" and all ("asylum seeker and migrant population").
            rightEnd = rightLimit;
        }
        else if (nextStart < text.Length && nextStart <= clauseEnd && LastConjunction(text, number.End, rightLimit, tags) is { } joint)
        {
            rightEnd = joint;
        }

        // "2,893 … in the second quarter – 812 in April, 977 in May and 1,104 in June – most of them near the border": a
        // dash that closes the aside the number stands in ends its words.
        if (ClosingDash(text, clauseStart, number, rightEnd) is { } dash)
        {
            rightEnd = dash;
        }

        return new NumberSegment(leftStart, rightEnd, text[leftStart..number.Start], text[number.End..rightEnd]);
    }

    /// <summary>Where a spaced dash after the number closes an aside a spaced dash before it opened, or null.</summary>
    private static int? ClosingDash(string text, int clauseStart, NumberMention number, int rightEnd)
    {
        // The words after the number are few; the clause before it may be a whole flattened table.
        return SpacedDash().Match(text, number.End, rightEnd - number.End) is { Success: true } closing
            && SpacedDash().Count(text.AsSpan(clauseStart, number.Start - clauseStart)) % 2 == 1
            ? closing.Index
            : null;
    }

    /// <summary>A dash with a space on each side, not one that joins the two ends of a range ("7,000 – 7,500").</summary>
    [GeneratedRegex(@"(?<=\s)(?<!\d\s)[–—-](?=\s)|(?<=\s)[–—-](?=\s)(?!\s\d)")]
    private static partial Regex SpacedDash();

    /// <summary>
    /// Where an aside closes with its second comma, when it opens right after the number's noun with a word of "mostly"
    /// ("670 people, most of them single men, are …", "130 migrantë, kryesisht nga Siria, të vendosur …"); null when the
    /// comma opens no such aside: the number has words of its own before it, the aside holds figures, or a new clause
    /// follows it ("…, most of them families, and the centres …").
    /// </summary>
    private static int? AsideEnd(string text, int numberEnd, int comma, int limit, IReadOnlyList<NumberMention> numbers, IReadOnlyList<ConceptTag>? tags)
    {
        if (text[comma] != ',' || !NounOnly().IsMatch(text.AsSpan(numberEnd, comma - numberEnd)) || !MostlyOpens.IsMatch(text.AsSpan(comma + 1)))
        {
            return null;
        }

        var close = FirstStop(text, comma + 1, limit, numbers, tags);
        if (close <= comma || text[close] != ',' || text.AsSpan(comma, close - comma).ContainsAnyInRange('0', '9') || ConjunctionOpens.IsMatch(text.AsSpan(close + 1)))
        {
            return null;
        }

        // The words after the aside say what the number's people do or where they are, not who else they are ("…, mostly
        // Afghans, followed by Iraqis and Syrians").
        var end = FirstStop(text, close + 1, limit, numbers, tags) is var next && next > close ? next : limit;
        return tags is null || tags.Any(t => t.Start > close && t.Start < end && Predicates.Contains(t.Concept)) ? close : null;
    }

    private static readonly HashSet<string> Predicates =
        new(["accommodate", "stay", "in-centre", "centre", "apply", "intention", "arrive", "detect", "present", "outside", "capacity"], StringComparer.Ordinal);

    [GeneratedRegex(@"^\s*[\p{L}-]+(?:\s+[\p{L}-]+){0,2}\s*$")]
    private static partial Regex NounOnly();

    private static Regex ConjunctionOpens => LanguagePacks.AnyWord("subject-joint", @"^\s*(?:", @")(?![\p{L}])")!;

    private static Regex MostlyOpens => LanguagePacks.AnyWord("mostly", @"^\s*(?:", @")(?![\p{L}])")!;

    /// <summary>
    /// The words between the number before and this one are a label of several words that ends with a period right
    /// before this number, with no punctuation: the label of the number before, as key-figure lists flatten them.
    /// </summary>
    private static bool DatedLabelBefore(string text, int previousEnd, NumberMention number, IReadOnlyList<ConceptTag>? tags)
    {
        const int MinLabelWords = 3;
        if (tags is null)
        {
            return false;
        }

        var time = tags.Where(t => t.Concept is "flow-time" or "stock-time" && t.Start > previousEnd && t.End <= number.Start)
            .OrderByDescending(t => t.End).FirstOrDefault();
        return time.Concept is not null && text.AsSpan(time.End, number.Start - time.End).IsWhiteSpace()
            && LabelWords().Matches(text[previousEnd..time.Start]).Count >= MinLabelWords;
    }

    /// <summary>
    /// Where the bracket around the number closes, when it stands right after a share ("93% (or 3,797)", "97% of
    /// them (3,902 persons)"); else null.
    /// </summary>
    private static int? Apposition(string text, int from, int open, NumberMention number, int to)
    {
        const int MaxGap = 12;
        var close = text.IndexOf(')', number.End);
        var start = Math.Max(from, open - MaxGap - 8);
        if (close < 0 || close > to + 2)
        {
            return null;
        }

        for (var share = Share.Match(text, start, open - start); share.Success; share = share.NextMatch())
        {
            var gap = text.AsSpan(share.Index + share.Length, open - share.Index - share.Length);
            if (gap.Length <= MaxGap && !gap.ContainsAny("0123456789"))
            {
                return close;
            }
        }

        return null;
    }

    /// <summary>Where the words after ", or 1.4 percent," start, when such a share set off by commas follows the number; else null.</summary>
    private static int? ShareInCommas(string text, int numberEnd)
    {
        // "Most of them, 3,485 (i.e. 89%), stayed in …": the share in brackets, then the comma.
        var bracket = BracketLead().Match(text, numberEnd);
        if (bracket.Success && ShareAt(text, bracket.Index + bracket.Length) is { } inner
            && BracketClose().Match(text, inner.Index + inner.Length) is { Success: true } shut)
        {
            return shut.Index + shut.Length;
        }

        // "926 persons, or 91% of the new arrivals, stated …": the number's noun may stand before the share.
        var open = ShareLead().Match(text, numberEnd);
        if (!open.Success && NounBeforeShare().Match(text, numberEnd) is { Success: true } noun)
        {
            open = ShareLead().Match(text, noun.Index + noun.Length);
        }

        if (!open.Success || ShareAt(text, open.Index + open.Length) is not { } share)
        {
            return null;
        }

        var close = ShareOfClose.Match(text, share.Index + share.Length);
        return close.Success ? close.Index + close.Length : null;
    }

    private static bool Wordless(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The share that starts right at <paramref name="at"/> ("89%", "1.4 percent"); the pattern itself matches from its last whole digit.</summary>
    private static Match? ShareAt(string text, int at) =>
        Share.Match(text, at) is { Success: true } share && share.Index >= at && text.AsSpan(at, share.Index - at).IndexOfAnyExcept("0123456789") < 0
            ? share
            : null;

    /// <summary>A comma and up to two short words ("or", "i.e.", "that is") before a share.</summary>
    [GeneratedRegex(@"\G\s*,\s*(?:\p{L}{1,4}\.?(?:\p{L}\.)?\s+){0,2}")]
    private static partial Regex ShareLead();

    /// <summary>The comma that closes a share, after what it is a share of: ", or 91% of the new arrivals,".</summary>
    private static Regex ShareOfClose => LanguagePacks.AnyWord("partitive", @"\G(?:\s+(?:", @")\s+[\p{L}\s-]{1,40}?)?\s*,")!;

    /// <summary>One or two words right after a number, before a comma: "926 persons".</summary>
    [GeneratedRegex(@"\G\s+\p{L}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*)?(?=\s*,)")]
    private static partial Regex NounBeforeShare();

    /// <summary>A bracket and up to two short words ("i.e.", "or") before a share.</summary>
    [GeneratedRegex(@"\G\s*\(\s*(?:\p{L}{1,4}\.?(?:\p{L}\.)?\s+){0,2}")]
    private static partial Regex BracketLead();

    [GeneratedRegex(@"\G\s*\)\s*,")]
    private static partial Regex BracketClose();

    /// <summary>A name right before a bracket ("Obrenovcu (", "Serbia ("), not a period or a common word ("the previous month (").</summary>
    private static bool NameBefore(string text, int open)
    {
        var end = open;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return end > start && char.IsUpper(text[start]);
    }

    /// <summary>Where the last conjunction between two numbers starts, or null when there is none; one inside words the lexicon reads as one ("refugees and migrants") joins no clauses.</summary>
    private static int? LastConjunction(string text, int from, int to, IReadOnlyList<ConceptTag>? tags)
    {
        int? last = null;
        for (var match = Conjunctions.Match(text, from, to - from); match.Success; match = match.NextMatch())
        {
            if (!InsideTag(match.Index, tags))
            {
                last = match.Index;
            }
        }

        return last;
    }

    private static bool InsideTag(int position, IReadOnlyList<ConceptTag>? tags)
    {
        if (tags is null)
        {
            return false;
        }

        foreach (var tag in tags)
        {
            if (position > tag.Start && position < tag.End)
            {
                return true;
            }
        }

        return false;
    }

    private static int FirstStop(string text, int from, int to, IReadOnlyList<NumberMention> numbers, IReadOnlyList<ConceptTag>? tags)
    {
        for (var i = from; i < to; i++)
        {
            if (Array.IndexOf(Stops, text[i]) < 0 || InsideTag(i, tags) || (text[i] == ',' && InOriginList(text, i)))
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

    /// <summary>"2113 people from Syria, Pakistan, Algeria and Morocco arrived": a comma in a list of the places people came from continues it.</summary>
    private static bool InOriginList(string text, int comma) =>
        OriginListBefore().IsMatch(text.AsSpan(0, comma)) && NameAfter().IsMatch(text.AsSpan(comma + 1));

    [GeneratedRegex(@"(?<![\p{L}])(?:from|via|through)\s+\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?(?:\s*,\s*\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?)*\s*$")]
    private static partial Regex OriginListBefore();

    [GeneratedRegex(@"^\s*\p{Lu}\p{L}+")]
    private static partial Regex NameAfter();

    private static int LastStop(string text, int from, int to, IReadOnlyList<NumberMention> numbers, IReadOnlyList<ConceptTag>? tags)
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

            if (Array.IndexOf(Stops, text[i]) >= 0 && !InsideTag(i, tags))
            {
                return i;
            }
        }

        return -1;
    }

    [GeneratedRegex(@"\p{L}{2,}")]
    private static partial Regex LabelWords();
}
