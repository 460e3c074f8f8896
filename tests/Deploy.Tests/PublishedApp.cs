using MigrationFeeds.TestSupport;

namespace MigrationFeeds.Deploy.Tests;

/// <summary>
/// src/Functions published once for the layout tests, framework-dependent and into a temporary folder, on top
/// of the build the tests already ran. package.sh publishes the same project self-contained for linux-x64
/// and ReadyToRun; the layout (host.json, a folder per function, the executable host.json names) is the
/// same, and this publish takes seconds rather than minutes.
/// </summary>
public sealed class PublishedApp : IDisposable
{
    public PublishedApp()
    {
        Folder = Directory.CreateTempSubdirectory("migrationfeeds-publish-").FullName;
        var result = Tool.Run(
            "dotnet",
            ["publish", "src/Functions", "-c", Tool.BuildMetadata("Configuration"), "-o", Folder, "--nologo", "-v", "quiet", "-clp:ErrorsOnly"],
            RepoRoot.Path,
            TimeSpan.FromMinutes(3));
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException("dotnet publish failed: " + result.Describe());
        }
    }

    public string Folder { get; }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
