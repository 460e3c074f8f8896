using System.Reflection;

namespace MigrationFeeds.Deploy.Tests;

/// <summary>The settings the app reads, derived from its options classes, and what Azure leaves out of them.</summary>
internal static class AppSettings
{
    /// <summary>Assemblies holding options classes: the pipeline's and the Functions app's.</summary>
    private static readonly string[] OptionsAssemblies = ["MigrationFeeds.Pipeline", "MigrationFeeds.Functions"];

    /// <summary>Single settings the app reads only when it runs outside Azure.</summary>
    public static readonly IReadOnlyDictionary<string, string> SettingsNotUsedInAzure = new Dictionary<string, string>
    {
        ["Storage__ConnectionString"] = "Azurite only: in Azure the app reaches storage through the service URIs with its managed identity, never with a key.",
        ["Fetch__SnapshotPath"] = "Offline mode only (Fetch__Mode=Offline replays the recorded snapshot); in Azure Fetch__Mode is Live.",
        ["Fetch__TestLoopbackPort"] = "Tests only: the one loopback port a test's upstream listens on; in Azure no loopback address is ever fetched.",
        ["Review__LocalReviewer"] = "Local mode only: in Azure the reviewer is the person App Service Authentication signed in (Review__Identity).",
        ["Parse__WorkerPath"] = "Development only: the parse worker is published beside the app, where it is found by default.",
    };

    /// <summary>App settings the Functions host reads rather than the app.</summary>
    public static readonly IReadOnlySet<string> HostSettings = new HashSet<string>(StringComparer.Ordinal)
    {
        "FUNCTIONS_WORKER_RUNTIME",
        "FUNCTIONS_EXTENSION_VERSION",
        "APPLICATIONINSIGHTS_CONNECTION_STRING",
    };

    /// <summary>
    /// The settings the timer functions' schedules name (<c>%Schedule_…%</c> in functions.metadata, resolved by the host),
    /// with their defaults from src/Functions/schedules.json.
    /// </summary>
    public static IReadOnlyDictionary<string, string> ScheduleSettings()
    {
        var defaults = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "schedules.json")))!.AsObject();
        var named = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "functions.metadata")))!.AsArray()
            .SelectMany(f => f!["bindings"]!.AsArray())
            .Select(b => (string?)b!["schedule"])
            .OfType<string>()
            .Select(s => s.Trim('%'));
        return named.ToDictionary(n => n, n => (string?)defaults[n] ?? "", StringComparer.Ordinal);
    }

    /// <summary>Prefix of the host's identity-based storage connection (AzureWebJobsStorage__accountName and the like).</summary>
    public const string HostStoragePrefix = "AzureWebJobsStorage__";

    /// <summary>
    /// Every setting the options classes bind, as the app setting name (Section__Property): the public settable
    /// properties of each class in the options assemblies that declares a string constant Section. Maps
    /// (dictionary properties) are left out: their keys are data (Section__Property__key), see <see cref="MapsReadByApp"/>.
    /// </summary>
    public static IReadOnlyList<string> ReadByApp() =>
        Properties().Where(p => !IsMap(p.Property.PropertyType)).Select(p => p.Setting).ToList();

    /// <summary>
    /// Map settings, as the prefix of their entries (Section__Property__). A map is optional by nature (no entry
    /// means the app's built-in behaviour), so a deployment sets entries only when it needs them.
    /// </summary>
    public static IReadOnlyList<string> MapsReadByApp() =>
        Properties().Where(p => IsMap(p.Property.PropertyType)).Select(p => p.Setting + "__").ToList();

    public static IReadOnlyList<string> ReadByAppInAzure() =>
        ReadByApp().Where(s => !SettingsNotUsedInAzure.ContainsKey(s)).ToList();

    private static IEnumerable<(PropertyInfo Property, string Setting)> Properties() =>
        OptionsAssemblies
            .Select(Assembly.Load)
            .SelectMany(a => a.GetTypes())
            .Where(t => t.IsClass)
            .Select(t => (Type: t, Section: t.GetField("Section", BindingFlags.Public | BindingFlags.Static)))
            .Where(x => x.Section is { IsLiteral: true } field && field.FieldType == typeof(string))
            .SelectMany(x => x.Type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.SetMethod is { IsPublic: true })
                .Select(p => (p, $"{x.Section!.GetRawConstantValue()}__{p.Name}")))
            .OrderBy(p => p.Item2, StringComparer.Ordinal);

    private static bool IsMap(Type type) =>
        type.GetInterfaces().Append(type).Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDictionary<,>));

    public static string SectionOf(string setting) => setting[..setting.IndexOf("__", StringComparison.Ordinal)];
}
