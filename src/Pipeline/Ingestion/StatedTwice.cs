using MigrationFeeds.Pipeline.Storage;

namespace MigrationFeeds.Pipeline.Ingestion;

/// <summary>
/// A figure that a report's PDF and its text both state (same country, site, indicator, measure, period and value) is
/// one observation: the PDF's, with the text as a second provenance. A pure function of the two documents' observations.
/// </summary>
internal static class StatedTwice
{
    /// <param name="primary">The PDF's observations, in the order they are written (their keys' ordinals follow it).</param>
    /// <param name="text">The text's observations.</param>
    /// <param name="textUrl">The text's address: what the PDF's observations said of an earlier reading of it is replaced.</param>
    /// <returns>The PDF's observations with the text's provenance added where it states them too (same order); the text's own.</returns>
    public static (List<Observation> Primary, List<Observation> Own) Merge(IReadOnlyList<Observation> primary, IReadOnlyList<Observation> text, Uri textUrl)
    {
        var byFigure = text.GroupBy(Key).ToDictionary(g => g.Key, g => g.First());
        var matched = new HashSet<string>(StringComparer.Ordinal);
        var merged = new List<Observation>(primary.Count);
        foreach (var o in primary)
        {
            var also = o.Provenance.AlsoStatedIn ?? [];
            var others = also.Where(a => a.DocumentUrl != textUrl.AbsoluteUri).ToList();
            var key = Key(o);
            if (byFigure.TryGetValue(key, out var same) && matched.Add(key))
            {
                others.Add(same.Provenance);
            }

            merged.Add(others.SequenceEqual(also) ? o : o with { Provenance = o.Provenance with { AlsoStatedIn = others } });
        }

        return (merged, [.. text.Where(t => !matched.Contains(Key(t)))]);
    }

    private static string Key(Observation o)
    {
        var f = o.Figure;
        return string.Join('|', f.Country, f.Site ?? "", f.Indicator, f.Measure, f.Period, f.Value, f.Low, f.High);
    }
}
