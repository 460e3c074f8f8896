using MigrationFeeds.Pipeline.Sources;

namespace MigrationFeeds.Pipeline.Series;

/// <summary>Orders the sources of one point: configured order first, then by kind of publisher, then by id.</summary>
public sealed class SourcePrecedence
{
    private readonly Dictionary<string, Dictionary<string, string>> configured;
    private readonly Dictionary<string, SourceKind> kinds;

    public SourcePrecedence(SeriesOptions options, IEnumerable<ISource> sources)
    {
        configured = options.Precedence;
        kinds = sources.ToDictionary(s => s.Id, s => s.Kind, StringComparer.OrdinalIgnoreCase);
    }

    public IComparer<string> For(SeriesKey key)
    {
        var order = Configured(key.Country.Code, key.Indicator.Code);
        return Comparer<string>.Create((a, b) =>
        {
            var byConfig = Index(order, a).CompareTo(Index(order, b));
            if (byConfig != 0)
            {
                return byConfig;
            }

            var byKind = Kind(a).CompareTo(Kind(b));
            return byKind != 0 ? byKind : string.CompareOrdinal(a, b);
        });
    }

    private List<string> Configured(string country, string indicator)
    {
        foreach (var key in new[] { country, "*" })
        {
            if (configured.TryGetValue(key, out var byIndicator) && byIndicator.TryGetValue(indicator, out var list))
            {
                return [.. list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
            }
        }

        return [];
    }

    private static int Index(List<string> order, string source)
    {
        var i = order.FindIndex(s => s.Equals(source, StringComparison.OrdinalIgnoreCase));
        return i < 0 ? int.MaxValue : i;
    }

    private SourceKind Kind(string source) => kinds.GetValueOrDefault(source, SourceKind.Compilation);
}
