using System.Text;

namespace MigrationFeeds.Parsing.Language.Text;

/// <summary>
/// A sentence as the phrase patterns see it: Cyrillic written in Latin letters (Serbian and Macedonian
/// both), and the diacritics of the region's Latin alphabets dropped (č, ć → c; š → s; ž → z; đ → d;
/// ë → e; ç → c), so one pattern reads "Ušivak" and "Usivak", "мигранти" and "migranti". Offsets map
/// back to the original, which quotes and site names are taken from.
/// </summary>
internal sealed class FoldedText
{
    private static readonly Dictionary<char, string> Cyrillic = new()
    {
        ['а'] = "a", ['б'] = "b", ['в'] = "v", ['г'] = "g", ['д'] = "d", ['ђ'] = "dj", ['ѓ'] = "gj", ['е'] = "e", ['ж'] = "z",
        ['з'] = "z", ['ѕ'] = "dz", ['и'] = "i", ['ј'] = "j", ['к'] = "k", ['л'] = "l", ['љ'] = "lj", ['м'] = "m", ['н'] = "n",
        ['њ'] = "nj", ['о'] = "o", ['п'] = "p", ['р'] = "r", ['с'] = "s", ['т'] = "t", ['ћ'] = "c", ['ќ'] = "kj", ['у'] = "u",
        ['ф'] = "f", ['х'] = "h", ['ц'] = "c", ['ч'] = "c", ['џ'] = "dz", ['ш'] = "s",
    };

    private static readonly Dictionary<char, char> Latin = new()
    {
        ['č'] = 'c', ['ć'] = 'c', ['š'] = 's', ['ž'] = 'z', ['đ'] = 'd', ['ë'] = 'e', ['ç'] = 'c',
        ['Č'] = 'C', ['Ć'] = 'C', ['Š'] = 'S', ['Ž'] = 'Z', ['Đ'] = 'D', ['Ë'] = 'E', ['Ç'] = 'C',
    };

    private readonly int[] _toOriginal;

    private FoldedText(string original, string text, int[] toOriginal)
    {
        Original = original;
        Text = text;
        _toOriginal = toOriginal;
    }

    public string Original { get; }

    public string Text { get; }

    /// <summary>True when folding changed nothing, so offsets are the same in both.</summary>
    public bool IsIdentity => ReferenceEquals(Original, Text);

    public static FoldedText Fold(string original)
    {
        if (!NeedsFolding(original))
        {
            return new FoldedText(original, original, []);
        }

        var builder = new StringBuilder(original.Length + 8);
        var map = new List<int>(original.Length + 9);
        for (var i = 0; i < original.Length; i++)
        {
            var c = original[i];
            string folded;
            if (Latin.TryGetValue(c, out var plain))
            {
                folded = plain.ToString();
            }
            else if (IsCyrillic(c) && Cyrillic.TryGetValue(char.ToLowerInvariant(c), out var latin))
            {
                // Keep the case of the letter, so that capitalised names stay capitalised.
                folded = char.IsUpper(c) ? char.ToUpperInvariant(latin[0]) + latin[1..] : latin;
            }
            else
            {
                folded = c.ToString();
            }

            foreach (var f in folded)
            {
                builder.Append(f);
                map.Add(i);
            }
        }

        map.Add(original.Length);
        return new FoldedText(original, builder.ToString(), [.. map]);
    }

    /// <summary>The offset in the original of an offset in the folded text.</summary>
    public int ToOriginal(int folded) => IsIdentity ? folded : _toOriginal[Math.Clamp(folded, 0, _toOriginal.Length - 1)];

    /// <summary>The original text of a stretch of the folded text.</summary>
    public string OriginalOf(int start, int length)
    {
        var from = ToOriginal(start);
        var to = ToOriginal(start + length);
        return Original[from..Math.Max(from, to)];
    }

    private static bool IsCyrillic(char c) => c is >= '\u0400' and <= '\u04FF';

    private static bool NeedsFolding(string text)
    {
        foreach (var c in text)
        {
            if (c > '\u007F' && (IsCyrillic(c) || Latin.ContainsKey(c)))
            {
                return true;
            }
        }

        return false;
    }
}
