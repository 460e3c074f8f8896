namespace MigrationFeeds.Parsing.Tests.Support;

internal static class RepositoryRoot
{
    /// <summary>The folder holding MigrationFeeds.sln, found by walking up from the test binaries.</summary>
    public static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "MigrationFeeds.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"MigrationFeeds.sln not found above {AppContext.BaseDirectory}.");
    }
}
