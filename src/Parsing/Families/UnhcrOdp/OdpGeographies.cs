using MigrationFeeds.Parsing.Model;

namespace MigrationFeeds.Parsing.Families.UnhcrOdp;

/// <summary>
/// The portal's geo names for the six. Its geo ids differ between endpoints, so names are what is mapped, and
/// explicitly: UNHCR writes Kosovo "Kosovo (S/RES/1244 (1999))" or "Kosovo: S/RES/1244 (1999)", and may file it
/// under Serbia ("Serbia and Kosovo: S/RES/1244 (1999)"), a figure that is neither SRB's nor XKX's.
/// </summary>
internal static class OdpGeographies
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Albania"] = Countries.Albania,
        ["Bosnia and Herzegovina"] = Countries.BosniaAndHerzegovina,
        ["Montenegro"] = Countries.Montenegro,
        ["North Macedonia"] = Countries.NorthMacedonia,
        ["Republic of North Macedonia"] = Countries.NorthMacedonia,
        ["The former Yugoslav Republic of Macedonia"] = Countries.NorthMacedonia,
        ["Serbia"] = Countries.Serbia,
        ["Republic of Serbia"] = Countries.Serbia,
        ["Kosovo"] = Countries.Kosovo,
        ["Kosovo (S/RES/1244 (1999))"] = Countries.Kosovo,
        ["Kosovo: S/RES/1244 (1999)"] = Countries.Kosovo,
        ["Kosovo (S/RES/1244)"] = Countries.Kosovo,
        ["Kosovo*"] = Countries.Kosovo,
    };

    public static GeoMatch Match(string name)
    {
        var key = string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (Names.TryGetValue(key, out var country))
        {
            return new GeoMatch(country, false);
        }

        var both = key.Contains("Serbia", StringComparison.OrdinalIgnoreCase) && key.Contains("Kosovo", StringComparison.OrdinalIgnoreCase);
        return new GeoMatch(null, both);
    }
}

/// <summary>The country a geo name stands for; <see cref="SerbiaWithKosovo"/> when it is Serbia and Kosovo together.</summary>
internal readonly record struct GeoMatch(string? Country, bool SerbiaWithKosovo);
