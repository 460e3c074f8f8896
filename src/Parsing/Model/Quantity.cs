namespace MigrationFeeds.Parsing.Model;

/// <summary>
/// What a figure counts: one value, or a range a document gives instead ("between 300 and 900"), and whether the
/// document says it is approximate ("about", "some", "over").
/// </summary>
public readonly record struct Quantity
{
    private Quantity(long? value, long? low, long? high, bool approximate)
    {
        Value = value;
        Low = low;
        High = high;
        Approximate = approximate;
    }

    /// <summary>Null for a range.</summary>
    public long? Value { get; }

    /// <summary>Set, with <see cref="High"/>, for a range only.</summary>
    public long? Low { get; }

    public long? High { get; }

    public bool Approximate { get; }

    public bool IsRange => Value is null;

    /// <summary>The value, or the middle of the range.</summary>
    public decimal Centre => Value ?? (Low!.Value + High!.Value) / 2m;

    public long Lowest => Value ?? Low!.Value;

    public long Highest => Value ?? High!.Value;

    public static Quantity Exact(long value, bool approximate = false) => new(value, null, null, approximate);

    public static Quantity Range(long low, long high, bool approximate = false) =>
        low <= high ? new(null, low, high, approximate) : throw new ArgumentOutOfRangeException(nameof(high), high, "A range's high end is below its low end.");

    /// <summary>A value, else a range when both ends are given; null when a figure states neither.</summary>
    public static Quantity? Of(long? value, long? low, long? high, bool approximate) =>
        value is { } v ? Exact(v, approximate)
        : low is { } l && high is { } h && l <= h ? Range(l, h, approximate)
        : null;

    public static Quantity? Of(Figure figure) => Of(figure.Value, figure.Low, figure.High, figure.Approximate);
}
