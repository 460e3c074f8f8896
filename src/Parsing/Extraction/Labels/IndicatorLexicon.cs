using System.Globalization;
using MigrationFeeds.Parsing.Language.Packs;
using MigrationFeeds.Parsing.Model;

namespace MigrationFeeds.Parsing.Extraction.Labels;

/// <summary>
/// A key of an indicator: the concepts that must all stand in a number's own words, and its weight. A key that
/// only places the number (<c>~</c> in the file) makes it a part of a flow figure stated before it in its
/// sentence rather than a figure of its own.
/// </summary>
internal sealed record IndicatorKey(IReadOnlyList<string> Concepts, double Weight, bool PlacesOnly);

/// <summary>How the concepts make one indicator (indicators.txt).</summary>
internal sealed record IndicatorReading
{
    public required Indicator Indicator { get; init; }
    public required IReadOnlyList<IndicatorKey> Keys { get; init; }
    public required IReadOnlyDictionary<string, double> Support { get; init; }
    public required IReadOnlyDictionary<string, double> Oppose { get; init; }

    /// <summary>Indicators of one group share their key and are told apart by their support alone.</summary>
    public required string Group { get; init; }
}

/// <summary>The weights the classifier reads numbers with (indicators.txt, <c>[settings]</c>).</summary>
internal sealed record ClassifierSettings
{
    public required double Floor { get; init; }
    public required double Margin { get; init; }
    public required double Own { get; init; }
    public required double Far { get; init; }
    public required int Reach { get; init; }
    public required double Clause { get; init; }
    public required double Sentence { get; init; }
    public required double Previous { get; init; }

    /// <summary>Concepts that speak of a number only as its head, right after it.</summary>
    public required IReadOnlySet<string> Head { get; init; }

    public required int HeadReach { get; init; }

    /// <summary>Pairs (larger, smaller): one indicator's count cannot exceed the other's for the same place and time.</summary>
    public required IReadOnlySet<(string Larger, string Smaller)> Order { get; init; }

    /// <summary>Whether <paramref name="larger"/>'s count is at least <paramref name="smaller"/>'s, by the chains of the order.</summary>
    public bool AtLeast(Indicator larger, Indicator smaller) => Order.Contains((larger.Code, smaller.Code));
}

/// <summary>The indicators' readings and the classifier's settings, read once from indicators.txt.</summary>
internal static class IndicatorLexicon
{
    private static readonly Lazy<(IReadOnlyList<IndicatorReading> Readings, ClassifierSettings Settings)> Loaded =
        new(() => Read(string.Join('\n', LanguagePacks.DataLines("indicators.txt"))));

    public static IReadOnlyList<IndicatorReading> Readings => Loaded.Value.Readings;

    public static ClassifierSettings Settings => Loaded.Value.Settings;

    /// <summary>Parses the text of an indicators file.</summary>
    public static (IReadOnlyList<IndicatorReading> Readings, ClassifierSettings Settings) Read(string text)
    {
        var sections = new List<(string Name, Dictionary<string, string> Values)>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                sections.Add((line[1..^1].Trim(), new Dictionary<string, string>(StringComparer.Ordinal)));
                continue;
            }

            var equals = line.IndexOf('=', StringComparison.Ordinal);
            if (sections.Count == 0 || equals <= 0)
            {
                throw new FormatException($"indicators.txt: expected [section] or key = value: {line}");
            }

            sections[^1].Values[line[..equals].Trim()] = line[(equals + 1)..].Trim();
        }

        var settings = sections.SingleOrDefault(s => s.Name == "settings").Values
            ?? throw new FormatException("indicators.txt: no [settings] section.");
        double Setting(string key) => settings.TryGetValue(key, out var v)
            ? double.Parse(v, NumberStyles.Float, CultureInfo.InvariantCulture)
            : throw new FormatException($"indicators.txt: [settings] needs {key}.");

        var readings = sections.Where(s => s.Name != "settings").Select(s => ToReading(s.Name, s.Values)).ToList();
        return (readings, new ClassifierSettings
        {
            Floor = Setting("floor"),
            Margin = Setting("margin"),
            Own = Setting("own"),
            Far = Setting("far"),
            Reach = (int)Setting("reach"),
            Clause = Setting("clause"),
            Sentence = Setting("sentence"),
            Previous = Setting("previous"),
            Head = (settings.GetValueOrDefault("head") ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal),
            HeadReach = (int)Setting("head-reach"),
            Order = OrderOf(settings.GetValueOrDefault("order") ?? string.Empty),
        });
    }

    /// <summary>"a > b > c | d > e": every pair a chain orders, transitively.</summary>
    private static HashSet<(string, string)> OrderOf(string chains)
    {
        var pairs = new HashSet<(string, string)>();
        foreach (var chain in chains.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var items = chain.Split('>', StringSplitOptions.TrimEntries);
            for (var i = 0; i < items.Length; i++)
            {
                for (var j = i + 1; j < items.Length; j++)
                {
                    pairs.Add((items[i], items[j]));
                }
            }
        }

        return pairs;
    }

    private static IndicatorReading ToReading(string name, Dictionary<string, string> values)
    {
        if (!Indicator.TryParse(name, out var indicator))
        {
            throw new FormatException($"indicators.txt: unknown indicator [{name}].");
        }

        var keys = Weighted(name, values.GetValueOrDefault("key") ?? throw new FormatException($"indicators.txt: [{name}] needs a key."))
            .Select(k => new IndicatorKey(k.Concept.TrimEnd('~').Split('+', StringSplitOptions.TrimEntries), k.Weight, k.Concept.EndsWith('~')))
            .ToList();
        return new IndicatorReading
        {
            Indicator = indicator,
            Keys = keys,
            Support = Weighted(name, values.GetValueOrDefault("support") ?? string.Empty).ToDictionary(k => k.Concept, k => k.Weight, StringComparer.Ordinal),
            Oppose = Weighted(name, values.GetValueOrDefault("oppose") ?? string.Empty).ToDictionary(k => k.Concept, k => k.Weight, StringComparer.Ordinal),
            Group = values.GetValueOrDefault("group") ?? name,
        };
    }

    /// <summary>"arrive 3 | detect+persons 2.5": concepts with weights.</summary>
    private static IEnumerable<(string Concept, double Weight)> Weighted(string name, string list)
    {
        foreach (var item in list.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var space = item.LastIndexOf(' ');
            if (space <= 0 || !double.TryParse(item[(space + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out var weight))
            {
                throw new FormatException($"indicators.txt: [{name}]: expected 'concept weight': {item}");
            }

            yield return (item[..space].Trim(), weight);
        }
    }
}
