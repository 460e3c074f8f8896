using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MigrationFeeds.Pipeline;
using MigrationFeeds.Pipeline.Sources;
using MigrationFeeds.TestSupport;
using NCrontab;

namespace MigrationFeeds.Functions.Tests.Hosting;

/// <summary>
/// The functions.metadata the Worker SDK generates from the [Function] attributes is what the Functions host indexes
/// in Azure; these checks hold it to what the API, the docs and the schedules promise. The file is the one the build
/// copies beside this test, from src/Functions' output.
/// </summary>
public sealed class FunctionsMetadataTests
{
    private static readonly string AppFolder = AppContext.BaseDirectory;

    /// <summary>Every HTTP function: route below the prefix, methods (a GET route answers HEAD too), authLevel.</summary>
    public static readonly TheoryData<string, string, string, string> HttpFunctions = new()
    {
        { "series", "series", "get head", "function" },
        { "observations", "observations", "get head", "function" },
        { "coverage", "coverage", "get head", "function" },
        { "points", "points/{indicator}/{country}/{period}", "get head", "function" },
        { "catalog", "catalog", "get head", "function" },
        { "sources", "sources", "get head", "function" },
        { "status", "status", "get head", "function" },
        { "reconstruction", "reconstruction", "get head", "function" },
        { "openapi", "openapi.json", "get head", "function" },
        // Probes and people without a key: says whether storage answers and how runs went, nothing more.
        { "health", "health", "get head", "anonymous" },
        { "review", "review", "get head", "function" },
        // A decision needs a signed-in person besides the key (docs/deploy.md).
        { "review-decide", "review/{id}", "post", "function" },
        // Changes stored state: the admin key only.
        { "reparse", "reparse", "post", "admin" },
        // The page and its files hold no data; the page's API calls carry the key it is opened with.
        { "dashboard", "dashboard", "get head", "anonymous" },
        { "dashboard-file", "dashboard/{file}", "get head", "anonymous" },
        { "docs", "docs", "get head", "anonymous" },
        { "docs-scalar", "docs/scalar.js", "get head", "anonymous" },
    };

    [Theory]
    [MemberData(nameof(HttpFunctions))]
    public void HttpFunction_HasTheRouteMethodAndAuthLevelTheApiPromises(string name, string route, string method, string authLevel)
    {
        var trigger = Trigger(Functions().Single(f => f.GetProperty("name").GetString() == name));

        Assert.Equal("httpTrigger", trigger.GetProperty("type").GetString());
        Assert.Equal(route, trigger.GetProperty("route").GetString());
        Assert.Equal(method.Split(' '), trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString()!.ToLowerInvariant()));
        Assert.Equal(authLevel, trigger.GetProperty("authLevel").GetString()!.ToLowerInvariant());
    }

    [Fact]
    public void HttpFunctions_AreExactlyThoseOfTheApi()
    {
        var http = Functions().Where(f => Trigger(f).GetProperty("type").GetString() == "httpTrigger").Select(f => f.GetProperty("name").GetString());

        Assert.Equal(HttpFunctions.Select(row => (string)row[0]).Order(StringComparer.Ordinal), http.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void TimerFunctions_AreOnePerSourceAndTheRetry_EachWithASixFieldScheduleSettingAndTheMonitor()
    {
        var defaults = new ConfigurationBuilder().AddJsonFile(Path.Combine(AppFolder, "schedules.json")).Build();
        var timers = Functions().Where(f => Trigger(f).GetProperty("type").GetString() == "timerTrigger").ToList();

        Assert.Equal(
            SourceIds().Select(id => "ingest-" + id).Append("retry-failed-documents").Order(StringComparer.Ordinal),
            timers.Select(t => t.GetProperty("name").GetString()).Order(StringComparer.Ordinal));
        foreach (var timer in timers)
        {
            var name = timer.GetProperty("name").GetString()!;
            var trigger = Trigger(timer);
            var schedule = trigger.GetProperty("schedule").GetString()!;
            var setting = "Schedule_" + (name.StartsWith("ingest-", StringComparison.Ordinal) ? name["ingest-".Length..] : name).Replace('-', '_');
            Assert.Equal($"%{setting}%", schedule);
            Assert.DoesNotContain("__", setting, StringComparison.Ordinal);
            var value = defaults[setting];
            Assert.False(string.IsNullOrWhiteSpace(value), $"schedules.json has no default for {setting}");
            Assert.Equal(6, value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
            Assert.NotNull(CrontabSchedule.TryParse(value, new CrontabSchedule.ParseOptions { IncludingSeconds = true }));
            Assert.True(trigger.GetProperty("useMonitor").GetBoolean(), name + " should keep its schedule status across restarts");
        }

        Assert.Equal(timers.Count, defaults.AsEnumerable().Count());
    }

    [Fact]
    public void Routes_AreThePathsOfTheOpenApiDocument()
    {
        using var openApi = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppFolder, "openapi.json")));
        var documented = openApi.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name);
        var prefix = HostJson().GetProperty("extensions").GetProperty("http").GetProperty("routePrefix").GetString();
        var declared = Functions().Select(Trigger).Where(t => t.GetProperty("type").GetString() == "httpTrigger")
            .Select(t => $"/{prefix}/{t.GetProperty("route").GetString()}");

        Assert.Equal(documented.Order(StringComparer.Ordinal), declared.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EveryFunction_IsInTheAppsAssembly()
    {
        var worker = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppFolder, "worker.config.json"))).RootElement.GetProperty("description");

        Assert.Equal("dotnet-isolated", worker.GetProperty("language").GetString());
        Assert.All(Functions(), f => Assert.Equal(worker.GetProperty("defaultWorkerPath").GetString(), f.GetProperty("scriptFile").GetString()));
    }

    [Fact]
    public void HostJson_SendsTelemetryAsOpenTelemetry_AndHasNoCustomHandlerOrBundle()
    {
        var host = HostJson();

        Assert.Equal("2.0", host.GetProperty("version").GetString());
        Assert.Equal("OpenTelemetry", host.GetProperty("telemetryMode").GetString());
        Assert.False(host.TryGetProperty("customHandler", out _));
        Assert.False(host.TryGetProperty("extensionBundle", out _), "the worker brings its extensions (extensions.json); a bundle is for other languages");
    }

    [Fact]
    public void LocalSettingsExample_GivesEveryScheduleItsDefault_SoFuncStartResolvesThem()
    {
        var defaults = new ConfigurationBuilder().AddJsonFile(Path.Combine(AppFolder, "schedules.json")).Build().AsEnumerable();
        using var example = JsonDocument.Parse(File.ReadAllText(RepoRoot.Combine("src", "Functions", "local.settings.example.json")));
        var values = example.RootElement.GetProperty("Values");

        Assert.Equal("dotnet-isolated", values.GetProperty("FUNCTIONS_WORKER_RUNTIME").GetString());
        Assert.All(defaults, d => Assert.Equal(d.Value, values.GetProperty(d.Key).GetString()));
    }

    private static List<JsonElement> Functions()
    {
        using var metadata = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppFolder, "functions.metadata")));
        return [.. metadata.RootElement.EnumerateArray().Select(f => f.Clone())];
    }

    private static JsonElement Trigger(JsonElement function) =>
        function.GetProperty("bindings").EnumerateArray().Single(b => b.GetProperty("type").GetString()!.EndsWith("Trigger", StringComparison.Ordinal));

    private static JsonElement HostJson()
    {
        using var host = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppFolder, "host.json")));
        return host.RootElement.Clone();
    }

    /// <summary>The sources the pipeline registers, as the app builds them.</summary>
    private static List<string> SourceIds()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddMigrationFeeds(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = "UseDevelopmentStorage=true",
            ["ReliefWeb:AppName"] = "migrationfeeds-tests",
        }).Build());
        using var provider = services.BuildServiceProvider();
        return [.. provider.GetServices<ISource>().Select(s => s.Id)];
    }
}
