using System.Text.Json;

namespace MigrationFeeds.Functions.Hosting;

/// <summary>A function of the app as its function.json declares it.</summary>
internal sealed record FunctionDefinition
{
    public required string Name { get; init; }
    public required string TriggerType { get; init; }
    public required string TriggerName { get; init; }

    /// <summary>NCRONTAB with seconds, for timer triggers.</summary>
    public string? Schedule { get; init; }

    public bool RunOnStartup { get; init; }
}

/// <summary>
/// Reads the function.json files beside the executable: the single description of the app's functions
/// that the Functions host reads in Azure and the local scheduler reads on a developer's machine.
/// </summary>
internal static class FunctionManifest
{
    public const string TimerTrigger = "timerTrigger";
    public const string HttpTrigger = "httpTrigger";

    public static IReadOnlyList<FunctionDefinition> Load(string scriptRoot)
    {
        var functions = new List<FunctionDefinition>();
        foreach (var file in Directory.EnumerateFiles(scriptRoot, "function.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(Path.GetDirectoryName(file))!;
            using var document = JsonDocument.Parse(File.ReadAllText(file));
            foreach (var binding in document.RootElement.GetProperty("bindings").EnumerateArray())
            {
                var type = binding.GetProperty("type").GetString() ?? "";
                if (!type.EndsWith("Trigger", StringComparison.Ordinal))
                {
                    continue;
                }

                functions.Add(new FunctionDefinition
                {
                    Name = name,
                    TriggerType = type,
                    TriggerName = binding.GetProperty("name").GetString() ?? "trigger",
                    Schedule = binding.TryGetProperty("schedule", out var s) ? s.GetString() : null,
                    RunOnStartup = binding.TryGetProperty("runOnStartup", out var r) && r.ValueKind == JsonValueKind.True,
                });
            }
        }

        return functions;
    }
}
