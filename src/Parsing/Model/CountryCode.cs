using System.Diagnostics.CodeAnalysis;

namespace MigrationFeeds.Parsing.Model;

/// <summary>
/// One of the Western Balkans six by its ISO 3166 alpha-3 code (Kosovo as XKX), or the region they make,
/// <c>WB6</c>.
/// </summary>
public readonly record struct CountryCode
{
    private CountryCode(string code) => Code = code;

    public string Code { get; }

    public static CountryCode Albania { get; } = new(Countries.Albania);
    public static CountryCode BosniaAndHerzegovina { get; } = new(Countries.BosniaAndHerzegovina);
    public static CountryCode NorthMacedonia { get; } = new(Countries.NorthMacedonia);
    public static CountryCode Montenegro { get; } = new(Countries.Montenegro);
    public static CountryCode Serbia { get; } = new(Countries.Serbia);
    public static CountryCode Kosovo { get; } = new(Countries.Kosovo);
    public static CountryCode Region { get; } = new(Countries.Region);

    public static IReadOnlyList<CountryCode> Six { get; } = [Albania, BosniaAndHerzegovina, Kosovo, Montenegro, NorthMacedonia, Serbia];

    public bool IsRegion => Code == Countries.Region;

    public static bool TryParse([NotNullWhen(true)] string? code, out CountryCode country)
    {
        foreach (var known in Six.Append(Region))
        {
            if (string.Equals(known.Code, code, StringComparison.Ordinal))
            {
                country = known;
                return true;
            }
        }

        country = default;
        return false;
    }

    public static CountryCode Parse(string code) =>
        TryParse(code, out var country) ? country : throw new FormatException($"'{code}' is not a country code of the Western Balkans six or WB6.");

    public override string ToString() => Code;
}
