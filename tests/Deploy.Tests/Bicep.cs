using System.Text.Json.Nodes;
using MigrationFeeds.TestSupport;

namespace MigrationFeeds.Deploy.Tests;

/// <summary>The Bicep CLI from its NuGet package (see Deploy.Tests.csproj), run on the files in infra/.</summary>
internal static class Bicep
{
    private static readonly string Cli = Prepare(Tool.BuildMetadata("BicepCli"));

    public static readonly string InfraFolder = RepoRoot.Combine("infra");

    public static Tool.Result Run(IReadOnlyDictionary<string, string>? environment, params string[] arguments) =>
        Tool.Run(Cli, arguments, InfraFolder, TimeSpan.FromMinutes(2), environment);

    private static string Prepare(string path)
    {
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"The Bicep CLI is not at {path}; restore tests/Deploy.Tests.");
        }

        var mode = File.GetUnixFileMode(path);
        if (!mode.HasFlag(UnixFileMode.UserExecute))
        {
            File.SetUnixFileMode(path, mode | UnixFileMode.UserExecute);
        }

        return path;
    }
}

/// <summary>infra/main.bicep compiled once to its ARM template.</summary>
public sealed class CompiledTemplate
{
    public CompiledTemplate()
    {
        Build = Bicep.Run(null, "build", "main.bicep", "--stdout");
        Json = Build.ExitCode == 0 ? JsonNode.Parse(Build.Output)!.AsObject() : new JsonObject();
    }

    internal Tool.Result Build { get; }

    public JsonObject Json { get; }

    public IEnumerable<JsonObject> Resources(string type) =>
        Json["resources"]!.AsArray().OfType<JsonObject>().Where(r => (string?)r["type"] == type);

    public JsonObject FunctionApp => Assert.Single(Resources("Microsoft.Web/sites"));

    /// <summary>Names of the function app's app settings.</summary>
    public IReadOnlyList<string> AppSettingNames =>
        FunctionApp["properties"]!["siteConfig"]!["appSettings"]!.AsArray().Select(s => (string)s!["name"]!).ToList();

    /// <summary>A template expression with its variables('name') references replaced by their values.</summary>
    public string ResolveVariables(string expression)
    {
        foreach (var (name, value) in Json["variables"]?.AsObject() ?? [])
        {
            if (value is JsonValue literal && literal.TryGetValue<string>(out var text))
            {
                expression = expression.Replace($"variables('{name}')", $"'{text}'", StringComparison.Ordinal);
            }
        }

        return expression;
    }
}
