using System.Text.Json;

namespace MigrationFeeds.LocalRunner;

/// <summary>A function as the SDK-generated functions.metadata describes it, with its trigger.</summary>
internal sealed record FunctionEntry
{
    public required string Name { get; init; }

    /// <summary>The assembly file holding the function (scriptFile).</summary>
    public required string ScriptFile { get; init; }

    /// <summary><c>Namespace.Type.Method</c>.</summary>
    public required string EntryPoint { get; init; }

    public required string TriggerType { get; init; }

    /// <summary>HTTP: the route below the prefix (the function's name when the trigger gives none).</summary>
    public string? Route { get; init; }

    /// <summary>HTTP: the methods it answers; empty for any.</summary>
    public IReadOnlyList<string> Methods { get; init; } = [];

    public string? AuthLevel { get; init; }

    /// <summary>Timer: NCRONTAB with seconds, or a <c>%Setting%</c> naming one.</summary>
    public string? Schedule { get; init; }

    public bool RunOnStartup { get; init; }
}

/// <summary>
/// The app's functions.metadata and host.json's HTTP route prefix: what the Functions host reads from the published
/// folder, read here from the same files.
/// </summary>
internal sealed class FunctionIndex
{
    public const string HttpTrigger = "httpTrigger";
    public const string TimerTrigger = "timerTrigger";
    private const string DefaultRoutePrefix = "api";

    private FunctionIndex(IReadOnlyList<FunctionEntry> functions, string routePrefix)
    {
        Functions = functions;
        RoutePrefix = routePrefix;
    }

    public IReadOnlyList<FunctionEntry> Functions { get; }

    public string RoutePrefix { get; }

    public static FunctionIndex Load(string appFolder)
    {
        var metadata = Path.Combine(appFolder, "functions.metadata");
        if (!File.Exists(metadata))
        {
            throw new FileNotFoundException($"No functions.metadata in {appFolder}: give the Functions app's build or publish folder.", metadata);
        }

        using var document = JsonDocument.Parse(File.ReadAllText(metadata));
        var functions = document.RootElement.EnumerateArray().Select(Read).ToList();
        return new FunctionIndex(functions, ReadRoutePrefix(Path.Combine(appFolder, "host.json")));
    }

    private static FunctionEntry Read(JsonElement function)
    {
        var name = function.GetProperty("name").GetString()!;
        var trigger = function.GetProperty("bindings").EnumerateArray()
            .Single(b => b.GetProperty("type").GetString()!.EndsWith("Trigger", StringComparison.OrdinalIgnoreCase));
        var type = trigger.GetProperty("type").GetString()!;
        return new FunctionEntry
        {
            Name = name,
            ScriptFile = function.GetProperty("scriptFile").GetString()!,
            EntryPoint = function.GetProperty("entryPoint").GetString()!,
            TriggerType = type,
            Route = type.Equals(HttpTrigger, StringComparison.OrdinalIgnoreCase) ? String(trigger, "route") ?? name : null,
            Methods = trigger.TryGetProperty("methods", out var methods) && methods.ValueKind == JsonValueKind.Array
                ? [.. methods.EnumerateArray().Select(m => m.GetString()!)]
                : [],
            AuthLevel = String(trigger, "authLevel"),
            Schedule = String(trigger, "schedule"),
            RunOnStartup = trigger.TryGetProperty("runOnStartup", out var r) && r.ValueKind == JsonValueKind.True,
        };
    }

    private static string ReadRoutePrefix(string hostJson)
    {
        if (!File.Exists(hostJson))
        {
            return DefaultRoutePrefix;
        }

        using var document = JsonDocument.Parse(File.ReadAllText(hostJson));
        return document.RootElement.TryGetProperty("extensions", out var extensions)
               && extensions.TryGetProperty("http", out var http)
               && http.TryGetProperty("routePrefix", out var prefix)
               && prefix.ValueKind == JsonValueKind.String
            ? prefix.GetString()!.Trim('/')
            : DefaultRoutePrefix;
    }

    private static string? String(JsonElement binding, string name) =>
        binding.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
