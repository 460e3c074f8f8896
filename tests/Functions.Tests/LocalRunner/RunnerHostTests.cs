using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MigrationFeeds.LocalRunner;

namespace MigrationFeeds.Functions.Tests.LocalRunner;

/// <summary>The runner stops at start on what the Functions host would refuse to index or bind, and reads schedules as the host does.</summary>
public sealed class RunnerHostTests
{
    [Fact]
    public void Start_ScheduleSettingMissing_StopsNamingTheSetting()
    {
        var folder = AppFolderWith("functions.metadata", "host.json");

        var error = Assert.Throws<InvalidOperationException>(() => RunnerHost.Build(folder, []));

        Assert.Contains("Schedule_", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_ScheduleSetting_OverridesTheDefault()
    {
        await using var app = RunnerHost.Build(RunningApp.AppFolder, [], b => b.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Schedule_kirs_srb"] = "0 0 3 * * *",
        }));

        var timers = app.Services.GetRequiredService<TimerFunctions>().All;

        Assert.Equal("0 0 3 * * *", timers.Single(t => t.Name == "ingest-kirs-srb").Expression);
        Assert.Equal("0 15 5 * * *", timers.Single(t => t.Name == "ingest-unhcr-bih-operational-update").Expression);
    }

    [Fact]
    public void Start_FunctionWithAParameterItCannotBind_StopsNamingIt()
    {
        var folder = AppFolderWith("host.json");
        File.WriteAllText(Path.Combine(folder, "functions.metadata"), $$"""
            [{
              "name": "unbindable",
              "scriptFile": "{{typeof(UnbindableFunction).Assembly.GetName().Name}}.dll",
              "entryPoint": "{{typeof(UnbindableFunction).FullName}}.{{nameof(UnbindableFunction.Run)}}",
              "language": "dotnet-isolated",
              "bindings": [{ "name": "request", "direction": "In", "type": "httpTrigger", "authLevel": "Function", "methods": ["get"], "route": "unbindable/{id}" }]
            }]
            """);

        var error = Assert.Throws<InvalidOperationException>(() => RunnerHost.Build(folder, []));

        Assert.Contains("unbindable", error.Message, StringComparison.Ordinal);
        Assert.Contains("Int32 count", error.Message, StringComparison.Ordinal);
    }

    private static string AppFolderWith(params string[] files)
    {
        var folder = Directory.CreateTempSubdirectory("runner-app-").FullName;
        foreach (var file in files)
        {
            File.Copy(Path.Combine(RunningApp.AppFolder, file), Path.Combine(folder, file));
        }

        return folder;
    }
}

/// <summary>A function whose second parameter neither the worker nor the runner can bind (no route value of that name).</summary>
internal static class UnbindableFunction
{
    [Function("unbindable")]
    public static IResult Run([HttpTrigger(AuthorizationLevel.Function, "get", Route = "unbindable/{id}")] HttpRequest request, int count) =>
        Results.Ok(count);
}
