using System.Text.Json.Nodes;
using MigrationFeeds.TestSupport;

namespace MigrationFeeds.Deploy.Tests;

/// <summary>The published app is laid out as the Functions host expects of a custom handler.</summary>
public sealed class PackageLayoutTests(PublishedApp app) : IClassFixture<PublishedApp>
{
    private static readonly string SourceFolder = RepoRoot.Combine("src", "Functions");

    [Fact]
    public void Host_json_sits_at_the_root_and_names_a_custom_handler()
    {
        var hostJson = Path.Combine(app.Folder, "host.json");
        Assert.True(File.Exists(hostJson), "host.json is not at the root of the published folder.");

        var host = JsonNode.Parse(File.ReadAllText(hostJson))!;
        Assert.Equal("2.0", (string?)host["version"]);
        Assert.False(string.IsNullOrWhiteSpace(DefaultExecutablePath(host)), "customHandler.description.defaultExecutablePath is empty.");
    }

    [Fact]
    public void The_executable_host_json_names_is_published_as_a_Linux_executable()
    {
        var executable = Path.Combine(app.Folder, DefaultExecutablePath(JsonNode.Parse(File.ReadAllText(Path.Combine(app.Folder, "host.json")))!));

        Assert.True(File.Exists(executable), $"{executable} is not in the published folder.");
        Assert.True(File.GetUnixFileMode(executable).HasFlag(UnixFileMode.UserExecute), $"{executable} is not executable.");
        var magic = new byte[4];
        using (var stream = File.OpenRead(executable))
        {
            stream.ReadExactly(magic);
        }

        Assert.Equal(new byte[] { 0x7F, (byte)'E', (byte)'L', (byte)'F' }, magic);
    }

    [Fact]
    public void Every_function_folder_is_published_with_its_function_json_unchanged()
    {
        var sourceFunctions = FunctionFolders(SourceFolder);
        Assert.NotEmpty(sourceFunctions);

        Assert.Equal(sourceFunctions, FunctionFolders(app.Folder));
        foreach (var name in sourceFunctions)
        {
            Assert.Equal(
                File.ReadAllText(Path.Combine(SourceFolder, name, "function.json")),
                File.ReadAllText(Path.Combine(app.Folder, name, "function.json")));
        }
    }

    [Fact]
    public void Every_published_function_json_declares_a_trigger()
    {
        foreach (var name in FunctionFolders(app.Folder))
        {
            var bindings = JsonNode.Parse(File.ReadAllText(Path.Combine(app.Folder, name, "function.json")))!["bindings"]!.AsArray();
            Assert.Single(bindings, b => ((string?)b!["type"])?.EndsWith("Trigger", StringComparison.Ordinal) == true);
        }
    }

    [Fact]
    public void Local_settings_are_not_published()
    {
        Assert.Empty(Directory.GetFiles(app.Folder, "local.settings*.json", SearchOption.AllDirectories));
    }

    private static string DefaultExecutablePath(JsonNode host) =>
        (string?)host["customHandler"]?["description"]?["defaultExecutablePath"] ?? "";

    /// <summary>Names of the sub-folders that hold a function.json, sorted.</summary>
    private static string[] FunctionFolders(string root) =>
        Directory.GetDirectories(root)
            .Where(d => File.Exists(Path.Combine(d, "function.json")))
            .Select(Path.GetFileName)
            .OfType<string>()
            .Order(StringComparer.Ordinal)
            .ToArray();
}
