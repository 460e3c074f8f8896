namespace MigrationFeeds.TestSupport;

public static class RepoRoot
{
    /// <summary>The folder holding MigrationFeeds.sln, found by walking up from the test binaries.</summary>
    public static string Path { get; } = Find();

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "MigrationFeeds.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("MigrationFeeds.sln not found above " + AppContext.BaseDirectory);
    }
}
