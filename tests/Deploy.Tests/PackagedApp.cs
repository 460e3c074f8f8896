using System.IO.Compression;
using MigrationFeeds.TestSupport;

namespace MigrationFeeds.Deploy.Tests;

/// <summary>The zip ./package.sh builds, made once for the layout tests into a temporary folder and opened.</summary>
public sealed class PackagedApp : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("migrationfeeds-package-").FullName;

    public PackagedApp()
    {
        var zip = Path.Combine(folder, "migrationfeeds-functions.zip");
        var result = Tool.Run("bash", ["package.sh", zip], RepoRoot.Path, TimeSpan.FromMinutes(8));
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException("./package.sh failed: " + result.Describe());
        }

        Zip = ZipFile.OpenRead(zip);
    }

    public ZipArchive Zip { get; }

    /// <summary>Names of the entries, with '/' between folders.</summary>
    public IReadOnlyList<string> Entries => [.. Zip.Entries.Select(e => e.FullName.Replace('\\', '/'))];

    public string Read(string name)
    {
        using var reader = new StreamReader(Zip.GetEntry(name)?.Open() ?? throw new FileNotFoundException($"{name} is not in the package."));
        return reader.ReadToEnd();
    }

    public void Dispose()
    {
        Zip.Dispose();
        Directory.Delete(folder, recursive: true);
    }
}
