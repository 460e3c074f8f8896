using System.Text.Json;
using MigrationFeeds.Functions.Endpoints;
using MigrationFeeds.Functions.Hosting;
using MigrationFeeds.TestSupport;
using NCrontab;

namespace MigrationFeeds.Functions.Tests.Hosting;

/// <summary>The function.json files are what the Functions host reads in Azure; these checks keep them valid.</summary>
public sealed class FunctionManifestTests
{
    private static readonly string ScriptRoot = RepoRoot.Combine("src", "Functions");

    [Fact]
    public void Load_SourceTree_FindsTimerAndHttpFunctions()
    {
        var functions = FunctionManifest.Load(ScriptRoot).Where(f => !f.Name.StartsWith("bin", StringComparison.Ordinal)).ToList();

        Assert.Contains(functions, f => f.TriggerType == FunctionManifest.TimerTrigger && f.Name == "ingest-unhcr-bih-operational-update");
        Assert.Contains(functions, f => f.TriggerType == FunctionManifest.HttpTrigger && f.Name == "series");
    }

    [Fact]
    public void TimerFunctions_HaveSixFieldScheduleUseMonitorAndKnownSource()
    {
        foreach (var file in FunctionFiles())
        {
            var binding = Trigger(file);
            if (binding.GetProperty("type").GetString() != "timerTrigger")
            {
                continue;
            }

            var name = Path.GetFileName(Path.GetDirectoryName(file))!;
            var schedule = binding.GetProperty("schedule").GetString()!;
            Assert.Equal(6, schedule.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
            Assert.NotNull(CrontabSchedule.TryParse(schedule, new CrontabSchedule.ParseOptions { IncludingSeconds = true }));
            Assert.True(binding.GetProperty("useMonitor").GetBoolean(), name + " should keep its schedule status across restarts");
            Assert.StartsWith(TimerEndpoints.IngestPrefix, name, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void HttpFunctions_RequireFunctionKeyOrAdminForWritesAndHaveHttpOutputOnly()
    {
        foreach (var file in FunctionFiles())
        {
            var trigger = Trigger(file);
            if (trigger.GetProperty("type").GetString() != "httpTrigger")
            {
                continue;
            }

            // Reads need a function key; an operation that changes stored state needs the admin key. The dashboard's
            // page and static files are public: they hold no data, and the page's API calls carry a key.
            var methods = trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString()).ToList();
            var dashboard = Path.GetFileName(Path.GetDirectoryName(file))!.StartsWith("dashboard", StringComparison.Ordinal) && methods.SequenceEqual(["get"]);
            Assert.Equal(dashboard ? "anonymous" : methods.SequenceEqual(["get"]) ? "function" : "admin", trigger.GetProperty("authLevel").GetString());
            using var json = JsonDocument.Parse(File.ReadAllText(file));
            // Forwarding the raw request to the handler works only for functions with no other bindings.
            var others = json.RootElement.GetProperty("bindings").EnumerateArray()
                .Select(b => b.GetProperty("type").GetString())
                .Where(t => t is not ("httpTrigger" or "http"));
            Assert.Empty(others);
        }
    }

    [Fact]
    public void HostJson_DeclaresCustomHandlerWithForwarding()
    {
        using var host = JsonDocument.Parse(File.ReadAllText(Path.Combine(ScriptRoot, "host.json")));
        var handler = host.RootElement.GetProperty("customHandler");
        Assert.Equal("handler", handler.GetProperty("description").GetProperty("defaultExecutablePath").GetString());
        Assert.True(handler.GetProperty("enableForwardingHttpRequest").GetBoolean());
        Assert.False(host.RootElement.TryGetProperty("extensionBundle", out _), "timer and HTTP triggers need no extension bundle");
    }

    private static IEnumerable<string> FunctionFiles() =>
        Directory.EnumerateDirectories(ScriptRoot)
            .Select(d => Path.Combine(d, "function.json"))
            .Where(File.Exists);

    private static JsonElement Trigger(string file)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(file));
        return json.RootElement.GetProperty("bindings").EnumerateArray().First(b => b.GetProperty("type").GetString()!.EndsWith("Trigger", StringComparison.Ordinal)).Clone();
    }
}
