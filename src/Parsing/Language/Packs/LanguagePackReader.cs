using System.Globalization;
using MigrationFeeds.Parsing.Model;

namespace MigrationFeeds.Parsing.Language.Packs;

/// <summary>
/// Reads a <c>.lang</c> file: <c>[markers]</c>, <c>[months]</c> and <c>[numbers]</c> (a number, then its
/// forms), <c>[words]</c> (<c>key = alternation</c>) and <c>[rule NAME]</c> blocks (<c>key = value</c>).
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
        var rules = new List<CueRule>();
        Dictionary<string, string>? rule = null;
        string? ruleName = null;
        var section = string.Empty;

        void CloseRule()
        {
            if (rule is not null)
            {
                rules.Add(ToRule(code, ruleName!, rule));
            }

            rule = null;
        }

        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                CloseRule();
                section = line[1..^1].Trim();
                if (section.StartsWith("rule ", StringComparison.Ordinal))
                {
                    ruleName = section[5..].Trim();
                    rule = new Dictionary<string, string>(StringComparer.Ordinal);
                    section = "rule";
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
                case "rule":
                    var (name, setting) = KeyValue(code, line);
                    rule![name] = setting;
                    break;
                default:
                    throw new FormatException($"{code}.lang: a line outside any section: {line}");
            }
        }

        CloseRule();
        return new LanguagePack { Code = code, Markers = markers, Months = months, NumberWords = numbers, Words = words, Rules = rules };
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

    private static CueRule ToRule(string code, string name, Dictionary<string, string> settings)
    {
        string Required(string key) => settings.TryGetValue(key, out var v) ? v : throw new FormatException($"{code}.lang: rule {name} needs {key}.");
        System.Text.RegularExpressions.Regex? Optional(string key) =>
            settings.TryGetValue(key, out var v) ? LanguagePack.Compile(@"\b(?:" + v + ")") : null;

        var indicator = Required("indicator");
        if (!Indicators.IsKnown(indicator))
        {
            throw new FormatException($"{code}.lang: rule {name}: unknown indicator {indicator}.");
        }

        return new CueRule
        {
            Name = code + "/" + name,
            Indicator = indicator,
            Kind = Required("kind") == "stock" ? IndicatorKind.Stock : IndicatorKind.Flow,
            Segment = LanguagePack.Compile(@"\b(?:" + Required("segment") + ")"),
            Also = Optional("also"),
            Noun = Optional("noun"),
            Not = Optional("not"),
            Context = Optional("context"),
            Approximate = Optional("approximate"),
        };
    }
}
