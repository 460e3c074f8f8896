using System.Globalization;
using MigrationFeeds.Parsing.Model;

namespace MigrationFeeds.Parsing.Language.Packs;

/// <summary>
/// Reads a <c>.lang</c> file: <c>[markers]</c>, <c>[months]</c> and <c>[numbers]</c> (a number, then its
/// forms), <c>[words]</c> (<c>key = alternation</c>) and <c>[concept NAME]</c> blocks (a pattern per line).
/// Lines starting with <c>#</c> are comments.
/// </summary>
internal static class LanguagePackReader
{
    public static LanguagePack Read(string code, string text)
    {
        var markers = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var months = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var numbers = new List<(string, int)>();
        var words = new Dictionary<string, string>(StringComparer.Ordinal);
        var concepts = new List<ConceptPattern>();
        string? concept = null;
        var section = string.Empty;

        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                section = line[1..^1].Trim();
                if (section.StartsWith("concept ", StringComparison.Ordinal))
                {
                    concept = section[8..].Trim();
                    section = "concept";
                }

                continue;
            }

            switch (section)
            {
                case "markers":
                    markers.UnionWith(line.Split(' ', StringSplitOptions.RemoveEmptyEntries));
                    break;
                case "months":
                    var (month, forms) = Numbered(line);
                    foreach (var form in forms.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                    {
                        months[form] = month;
                    }

                    break;
                case "numbers":
                    var (value, patterns) = Numbered(line);
                    foreach (var pattern in patterns.Split(patterns.Contains('|', StringComparison.Ordinal) ? '|' : ' ', StringSplitOptions.RemoveEmptyEntries))
                    {
                        numbers.Add((pattern.Trim(), value));
                    }

                    break;
                case "words":
                    var (key, alternation) = KeyValue(code, line);
                    words[key] = alternation;
                    break;
                case "concept":
                    concepts.Add(ToConcept(code, concept!, line));
                    break;
                default:
                    throw new FormatException($"{code}.lang: a line outside any section: {line}");
            }
        }

        return new LanguagePack { Code = code, Markers = markers, Months = months, NumberWords = numbers, Words = words, Concepts = concepts };
    }

    /// <summary>A line of a concept: a pattern, matched at word boundaries, optionally led by <c>@weight</c> when it says the concept less surely.</summary>
    private static ConceptPattern ToConcept(string code, string concept, string line)
    {
        var weight = 1.0;
        if (line.StartsWith('@'))
        {
            var space = line.IndexOf(' ', StringComparison.Ordinal);
            if (space < 0 || !double.TryParse(line[1..space], NumberStyles.Float, CultureInfo.InvariantCulture, out weight))
            {
                throw new FormatException($"{code}.lang: concept {concept}: expected @weight pattern: {line}");
            }

            line = line[(space + 1)..].Trim();
        }

        return new ConceptPattern(concept, LanguagePack.Compile(@"(?<![\p{L}\p{N}])(?:" + line + @")(?![\p{L}\p{N}])"), weight);
    }

    private static (int, string) Numbered(string line)
    {
        var space = line.IndexOf(' ', StringComparison.Ordinal);
        return (int.Parse(line[..space], NumberStyles.None, CultureInfo.InvariantCulture), line[(space + 1)..].Trim());
    }

    private static (string, string) KeyValue(string code, string line)
    {
        var equals = line.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0)
        {
            throw new FormatException($"{code}.lang: expected key = value: {line}");
        }

        return (line[..equals].Trim(), line[(equals + 1)..].Trim());
    }

}
