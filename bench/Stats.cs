using System.Globalization;

namespace MigrationFeeds.Bench;

/// <summary>Median and spread of repeated measurements.</summary>
internal sealed record Stats(double Median, double Min, double Max, double P25, double P75, int Count)
{
    public static Stats Of(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            throw new ArgumentException("No values.", nameof(values));
        }

        return new Stats(Quantile(sorted, 0.5), sorted[0], sorted[^1], Quantile(sorted, 0.25), Quantile(sorted, 0.75), sorted.Length);
    }

    public static double Quantile(double[] sorted, double q)
    {
        var position = (sorted.Length - 1) * q;
        var low = (int)Math.Floor(position);
        var high = (int)Math.Ceiling(position);
        return sorted[low] + ((sorted[high] - sorted[low]) * (position - low));
    }

    /// <summary>"median (min–max, n=…)" with the given format.</summary>
    public string Describe(string format = "0.0") =>
        string.Create(CultureInfo.InvariantCulture, $"{Median.ToString(format, CultureInfo.InvariantCulture)} ({Min.ToString(format, CultureInfo.InvariantCulture)}–{Max.ToString(format, CultureInfo.InvariantCulture)}, n={Count})");
}

internal static class Fmt
{
    public static string N(double value, string format = "0.0") => value.ToString(format, CultureInfo.InvariantCulture);
}
