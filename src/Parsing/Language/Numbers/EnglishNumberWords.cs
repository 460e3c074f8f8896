namespace MigrationFeeds.Parsing.Language.Numbers;

/// <summary>Numbers written in English words, up to the thousands ("Two hundred and twelve", "eleven").</summary>
internal static class EnglishNumberWords
{
    private static readonly string[] BelowTwenty =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ];

    private static readonly string[] Tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    private static readonly Dictionary<string, int> Units = BelowTwenty.Select((word, value) => (word, value))
        .Concat(Tens.Select((word, index) => (word, value: (index + 2) * 10)))
        .ToDictionary(x => x.word, x => x.value, StringComparer.OrdinalIgnoreCase);

    /// <summary>The alternation of all number words, for building patterns.</summary>
    public const string WordPattern =
        "zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
        + "eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand";

    /// <summary>Parses a run of number words; null when the words do not form one number.</summary>
    public static long? Parse(string words)
    {
        var tokens = words.Split([' ', '-', '\u2010'], StringSplitOptions.RemoveEmptyEntries)
            .Where(t => !t.Equals("and", StringComparison.OrdinalIgnoreCase))
            .ToList();
        var i = 0;
        if (ParseBelowThousand(tokens, ref i) is not { } value)
        {
            return null;
        }

        if (i < tokens.Count && tokens[i].Equals("thousand", StringComparison.OrdinalIgnoreCase))
        {
            i++;
            value *= 1000;
            if (i < tokens.Count)
            {
                if (ParseBelowThousand(tokens, ref i) is not { } rest)
                {
                    return null;
                }

                value += rest;
            }
        }

        return i == tokens.Count ? value : null;
    }

    private static long? ParseBelowThousand(List<string> tokens, ref int i)
    {
        long value = 0;
        var matched = false;
        if (i + 1 < tokens.Count && Units.TryGetValue(tokens[i], out var hundreds) && hundreds is >= 1 and <= 9
            && tokens[i + 1].Equals("hundred", StringComparison.OrdinalIgnoreCase))
        {
            value = hundreds * 100L;
            i += 2;
            matched = true;
        }

        if (i < tokens.Count && Units.TryGetValue(tokens[i], out var first))
        {
            if (first >= 20)
            {
                value += first;
                i++;
                if (i < tokens.Count && Units.TryGetValue(tokens[i], out var unit) && unit is >= 1 and <= 9)
                {
                    value += unit;
                    i++;
                }
            }
            else
            {
                value += first;
                i++;
            }

            matched = true;
        }

        return matched ? value : null;
    }
}
