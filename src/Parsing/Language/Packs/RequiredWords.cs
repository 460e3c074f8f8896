using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;

namespace MigrationFeeds.Parsing.Language.Packs;

/// <summary>
/// Sets of strings every match of a pattern holds one of ("refugee", "migrant", "person" … for
/// <c>refugees?|migrants?|persons|…</c>; "sought" … and "asylum" … for <c>(?:sought|…)\s+(?:asylum|…)</c>): a text
/// missing every string of one set cannot match the pattern, and a search for a few strings costs a small part of
/// a regex scan. Read from the pattern's text for the syntax the packs write; whatever the reader does not know
/// gives no strings, and the pattern is then always matched.
/// </summary>
internal static class RequiredWords
{
    // The strings most likely to be missing from a text first; a few sets say nearly all that many would.
    private const int MostSets = 3;

    private static readonly ConditionalWeakTable<Regex, Screen> Screens = new();

    /// <summary>The sets of strings a match holds one of each, or an empty screen when the pattern is not read.</summary>
    public static Screen Of(Regex regex)
    {
        // A space is no space under x; right to left and ECMAScript read some escapes otherwise.
        const RegexOptions Unread = RegexOptions.IgnorePatternWhitespace | RegexOptions.RightToLeft | RegexOptions.ECMAScript;
        return (regex.Options & Unread) != 0 ? Screen.None : Of(regex.ToString());
    }

    /// <summary>The sets of strings (ASCII, found ignoring case) a match of the pattern holds one of each.</summary>
    public static Screen Of(string pattern)
    {
        var sets = new Reader(pattern).Read();
        return sets is null ? Screen.None : new Screen([.. sets.Select(words => SearchValues.Create([.. words], StringComparison.OrdinalIgnoreCase))]);
    }

    /// <summary>False when the text cannot hold a match of the regex; true when it may (for a text <see cref="CanScreen"/> passes).</summary>
    public static bool MayMatch(Regex regex, ReadOnlySpan<char> screenedText) =>
        Screens.GetValue(regex, static r => Of(r)).MayMatch(screenedText);

    /// <summary>The regex's matches in the text; none are looked for where the words every match holds are missing.</summary>
    public static IEnumerable<Match> Matches(Regex regex, string text, bool screened) =>
        screened && !MayMatch(regex, text) ? [] : regex.Matches(text);

    /// <summary>Whether the regex matches the text, not looked for where the words every match holds are missing.</summary>
    public static bool IsMatch(Regex regex, string text, bool screened) => (!screened || MayMatch(regex, text)) && regex.IsMatch(text);

    /// <summary>
    /// True when the strings can be looked for in the text: it has no letter outside ASCII, since a pattern that
    /// ignores case matches some of those for ASCII letters (the Kelvin sign for k, the long s for s), which a
    /// search for ASCII strings would not see.
    /// </summary>
    public static bool CanScreen(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c > '\x7f' && char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Sets of strings a match holds one of each: a text missing every string of one set holds no match.</summary>
    internal sealed class Screen(SearchValues<string>[] sets)
    {
        public static Screen None { get; } = new([]);

        public bool MayMatch(ReadOnlySpan<char> screenedText)
        {
            foreach (var set in sets)
            {
                if (!screenedText.ContainsAny(set))
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>A recursive reading of the pattern: each part gives the sets of strings it must contain one of each.</summary>
    private sealed class Reader(string pattern)
    {
        private int at;
        private bool unknown;

        public List<List<string>>? Read()
        {
            var sets = Alternation();
            return unknown || at != pattern.Length || sets.Count == 0 ? null : sets;
        }

        // A list of sets, one string of each in every match; empty when nothing is known to be in one.
        private List<List<string>> Alternation()
        {
            var branches = new List<List<List<string>>> { Sequence() };
            while (!unknown && at < pattern.Length && pattern[at] == '|')
            {
                at++;
                branches.Add(Sequence());
            }

            if (branches.Count == 1)
            {
                return branches[0];
            }

            // A match is one branch's: it holds a string of each branch's best set, so one of their union.
            return branches.Any(b => b.Count == 0) ? [] : [[.. branches.SelectMany(b => b[0])]];
        }

        private List<List<string>> Sequence()
        {
            var sets = new List<List<string>>();
            var run = new StringBuilder();

            void EndRun()
            {
                if (run.Length > 0)
                {
                    sets.Add([run.ToString()]);
                    run.Clear();
                }
            }

            while (!unknown && at < pattern.Length && pattern[at] is not ('|' or ')'))
            {
                var atom = Atom();
                var (min, once) = Quantifier();
                if (unknown)
                {
                    return [];
                }

                if (atom.Literal is { } c && min >= 1)
                {
                    // "refugees?" must hold "refugee"; "a+b" holds "a", and "ab" only with one a, so the run ends after a repeated letter.
                    run.Append(c);
                    if (!once)
                    {
                        EndRun();
                    }
                }
                else
                {
                    EndRun();
                    if (min >= 1)
                    {
                        sets.AddRange(atom.Sets);
                    }
                }
            }

            EndRun();
            sets.Sort(Rarer);
            return sets.Count > MostSets ? sets[..MostSets] : sets;
        }

        // Longer strings are rarer in a text: the set whose shortest string is longest, then the smaller set.
        private static int Rarer(List<string> a, List<string> b)
        {
            var (shortestA, shortestB) = (a.Min(w => w.Length), b.Min(w => w.Length));
            return shortestA != shortestB ? shortestB.CompareTo(shortestA) : a.Count.CompareTo(b.Count);
        }

        private (int Min, bool Once) Quantifier()
        {
            if (at >= pattern.Length)
            {
                return (1, true);
            }

            int min;
            bool once;
            switch (pattern[at])
            {
                case '?':
                case '*':
                    (min, once) = (0, false);
                    at++;
                    break;
                case '+':
                    (min, once) = (1, false);
                    at++;
                    break;
                case '{':
                    var close = pattern.IndexOf('}', at);
                    var bounds = close < 0 ? [] : pattern[(at + 1)..close].Split(',');
                    if (bounds.Length is < 1 or > 2 || !int.TryParse(bounds[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out min)
                        || (bounds.Length == 2 && bounds[1].Length > 0 && !int.TryParse(bounds[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _)))
                    {
                        unknown = true;
                        return (0, false);
                    }

                    once = min == 1 && (bounds.Length == 1 || bounds[1] == "1");
                    at = close + 1;
                    break;
                default:
                    return (1, true);
            }

            if (at < pattern.Length && pattern[at] == '?')
            {
                at++;
            }

            return (min, once);
        }

        private (char? Literal, List<List<string>> Sets) Atom()
        {
            var c = pattern[at++];
            switch (c)
            {
                case '(':
                    return Group();
                case '[':
                    SkipClass();
                    return (null, []);
                case '\\':
                    return Escape();
                case '.' or '^' or '$':
                    return (null, []);
                case '*' or '+' or '?' or '{':
                    unknown = true;
                    return (null, []);
                default:
                    // Letters outside ASCII stand for themselves, but the strings are ASCII only.
                    return c <= '\x7f' ? (char.ToLowerInvariant(c), []) : (null, []);
            }
        }

        private (char? Literal, List<List<string>> Sets) Group()
        {
            var lookaround = false;
            if (At("?:") || At("?>"))
            {
                at += 2;
            }
            else if (At("?=") || At("?!"))
            {
                (at, lookaround) = (at + 2, true);
            }
            else if (At("?<=") || At("?<!"))
            {
                (at, lookaround) = (at + 3, true);
            }
            else if (At("?<") || At("?'"))
            {
                var end = pattern.IndexOf(pattern[at + 1] == '<' ? '>' : '\'', at + 2);
                if (end < 0 || pattern.AsSpan(at + 2, end - at - 2).ContainsAnyExcept(NameCharacters))
                {
                    unknown = true;
                    return (null, []);
                }

                at = end + 1;
            }
            else if (At("?"))
            {
                // Inline options: "(?-i:UASC)" only; ignoring case finds its strings too. Others (x changes what a space is) are not read.
                var colon = pattern.IndexOf(':', at);
                if (colon < 0 || pattern.AsSpan(at + 1, colon - at - 1).ContainsAnyExcept("-imn") || pattern.AsSpan(at + 1, colon - at - 1).IsEmpty)
                {
                    unknown = true;
                    return (null, []);
                }

                at = colon + 1;
            }

            var sets = Alternation();
            if (unknown || at >= pattern.Length || pattern[at] != ')')
            {
                unknown = true;
                return (null, []);
            }

            at++;
            // A lookaround's text need not be in the match: it gives no strings, and it ends the run of letters before it.
            return lookaround ? (null, []) : (null, sets);
        }

        private static readonly SearchValues<char> NameCharacters =
            SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_");

        private void SkipClass()
        {
            if (At("^"))
            {
                at++;
            }

            if (At("]"))
            {
                unknown = true;
                return;
            }

            while (at < pattern.Length && pattern[at] != ']')
            {
                if (pattern[at] == '[')
                {
                    // A subtraction, "[a-z-[aeiou]]": not written in the packs.
                    unknown = true;
                    return;
                }

                at += pattern[at] == '\\' ? 2 : 1;
            }

            if (at >= pattern.Length)
            {
                unknown = true;
                return;
            }

            at++;
        }

        private (char? Literal, List<List<string>> Sets) Escape()
        {
            if (at >= pattern.Length)
            {
                unknown = true;
                return (null, []);
            }

            var c = pattern[at++];
            switch (c)
            {
                case 's' or 'S' or 'w' or 'W' or 'd' or 'D' or 'b' or 'B' or 'A' or 'z' or 'Z' or 'G':
                    return (null, []);
                case 'p' or 'P':
                    var close = pattern.IndexOf('}', at);
                    if (!At("{") || close < 0)
                    {
                        unknown = true;
                        return (null, []);
                    }

                    at = close + 1;
                    return (null, []);
                default:
                    if (char.IsAsciiLetterOrDigit(c) || c > '\x7f')
                    {
                        // \t, \u0041, \1, \k<name> …: not written in the packs' concepts.
                        unknown = true;
                        return (null, []);
                    }

                    return (c, []);
            }
        }

        private bool At(string text) => pattern.AsSpan(at).StartsWith(text, StringComparison.Ordinal);
    }
}
