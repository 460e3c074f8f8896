using MigrationFeeds.LocalRunner;

// dotnet MigrationFeeds.LocalRunner.dll [--app <the Functions app's build or publish folder>] [--Runner:RunOnStart true]
var appFolder = AppContext.BaseDirectory;
var rest = new List<string>();
for (var i = 0; i < args.Length; i++)
{
    if (args[i] == "--app" && i + 1 < args.Length)
    {
        appFolder = args[++i];
    }
    else
    {
        rest.Add(args[i]);
    }
}

var app = RunnerHost.Build(appFolder, [.. rest]);
await app.RunAsync().ConfigureAwait(false);
