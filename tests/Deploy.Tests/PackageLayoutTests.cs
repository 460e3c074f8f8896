using System.Text.Json.Nodes;

namespace MigrationFeeds.Deploy.Tests;

/// <summary>The zip ./package.sh builds is laid out as the Functions host runs an isolated worker app.</summary>
public sealed class PackageLayoutTests(PackagedApp package) : IClassFixture<PackagedApp>
{
    private const string AppDll = "MigrationFeeds.Functions.dll";

    [Theory]
    [InlineData(AppDll)]
    [InlineData("host.json")]
    [InlineData("functions.metadata")]
    [InlineData("worker.config.json")]
    [InlineData("extensions.json")]
    public void The_file_the_host_reads_is_at_the_root(string name)
    {
        Assert.Contains(name, package.Entries);
    }

    [Fact]
    public void The_azurefunctions_folder_is_at_the_root_with_the_extensions_extensions_json_names()
    {
        Assert.Contains(package.Entries, e => e.StartsWith(".azurefunctions/", StringComparison.Ordinal));
        var extensions = JsonNode.Parse(package.Read("extensions.json"))!["extensions"]!.AsArray();
        Assert.NotEmpty(extensions);
        foreach (var extension in extensions)
        {
            var hint = (string)extension!["hintPath"]!;
            hint = hint.StartsWith("./", StringComparison.Ordinal) ? hint[2..] : hint;
            Assert.Contains(hint, package.Entries);
        }
    }

    [Fact]
    public void Worker_config_json_names_the_apps_dll_as_a_dotnet_isolated_worker()
    {
        var description = JsonNode.Parse(package.Read("worker.config.json"))!["description"]!;

        Assert.Equal(AppDll, (string?)description["defaultWorkerPath"]);
        Assert.Equal("dotnet-isolated", (string?)description["language"]);
        Assert.Equal("dotnet", (string?)description["defaultExecutablePath"]);
    }

    [Fact]
    public void Functions_metadata_lists_the_functions_in_the_apps_dll()
    {
        var functions = JsonNode.Parse(package.Read("functions.metadata"))!.AsArray();

        Assert.Contains(functions, f => (string?)f!["name"] == "series");
        Assert.Contains(functions, f => (string?)f!["name"] == "ingest-unhcr-bih-operational-update");
        Assert.All(functions, f => Assert.Equal(AppDll, (string?)f!["scriptFile"]));
    }

    [Fact]
    public void The_app_is_framework_dependent_on_dotnet_10()
    {
        var options = JsonNode.Parse(package.Read("MigrationFeeds.Functions.runtimeconfig.json"))!["runtimeOptions"]!;
        var frameworks = options["frameworks"]?.AsArray().Select(f => (string?)f!["name"]).ToList() ?? [(string?)options["framework"]!["name"]];

        Assert.Contains("Microsoft.NETCore.App", frameworks);
        Assert.Contains("Microsoft.AspNetCore.App", frameworks);
        Assert.StartsWith("net10.0", (string?)options["tfm"], StringComparison.Ordinal);
        Assert.DoesNotContain(package.Entries, e => e.EndsWith("libcoreclr.so", StringComparison.Ordinal));
    }

    [Fact]
    public void Host_json_has_no_custom_handler_and_sends_OpenTelemetry()
    {
        var host = JsonNode.Parse(package.Read("host.json"))!;

        Assert.Equal("2.0", (string?)host["version"]);
        Assert.Equal("OpenTelemetry", (string?)host["telemetryMode"]);
        Assert.Null(host["customHandler"]);
    }

    [Theory]
    [InlineData("openapi.json")]
    [InlineData("wwwroot/index.html")]
    [InlineData("wwwroot/chart.umd.min.js")]
    public void The_files_the_functions_serve_are_packaged(string name)
    {
        Assert.Contains(name, package.Entries);
    }

    [Fact]
    public void Local_settings_and_schedule_defaults_are_not_packaged()
    {
        Assert.DoesNotContain(package.Entries, e => Path.GetFileName(e).StartsWith("local.settings", StringComparison.Ordinal));
        Assert.DoesNotContain("schedules.json", package.Entries);
    }
}
