namespace MigrationFeeds.Pipeline.Sources;

/// <summary>
/// What kind of publisher a source is. By default the series prefer a country's own authority, then the
/// operational figure of UNHCR or IOM for that country, then regional or global compilations.
/// </summary>
public enum SourceKind
{
    National = 0,
    Operational = 1,
    Compilation = 2,
}
