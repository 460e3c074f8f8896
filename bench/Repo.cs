namespace MigrationFeeds.Bench;

internal static class Repo
{
    public static string Root { get; } = Find();

    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>The snapshot's BiH Operational Update PDFs, the corpus every PDF figure here is measured on.</summary>
    public static IReadOnlyList<string> BihPdfs() =>
        [.. Directory.EnumerateFiles(Combine("seeds", "snapshot", "unhcr-bih-operational-update", "files", "attachments"), "*.pdf").Order(StringComparer.Ordinal)];

    private static string Find()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "MigrationFeeds.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("MigrationFeeds.sln not found above " + Environment.CurrentDirectory);
    }
}
