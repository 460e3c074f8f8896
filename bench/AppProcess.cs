using System.Diagnostics;

namespace MigrationFeeds.Bench;

/// <summary>
/// The Functions app in the local runner, in its own process, listening on loopback: <c>dotnet
/// MigrationFeeds.LocalRunner.dll</c> in an app folder the runner was laid into (bench.sh copies the runner's own files
/// beside the published app, keeping the app's), so the published app's assemblies are the ones loaded.
/// </summary>
internal sealed class AppProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly List<string> output = [];

    private AppProcess(Process process, int port)
    {
        this.process = process;
        Port = port;
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            lock (output)
            {
                output.Add(line);
            }
        }
    }

    public int Port { get; }

    public Uri BaseUri => new($"http://127.0.0.1:{Port}/");

    /// <param name="folder">The app folder with the runner laid in (MigrationFeeds.LocalRunner.dll beside functions.metadata).</param>
    public static AppProcess Start(string folder, int port, string connectionString, string prefix)
    {
        folder = Path.GetFullPath(folder);
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(folder, "MigrationFeeds.LocalRunner.dll"), "--app", folder },
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = folder,
        };
        start.Environment["Runner__Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["Storage__ConnectionString"] = connectionString;
        start.Environment["Storage__NamePrefix"] = prefix;
        start.Environment["Fetch__Mode"] = "Offline";
        start.Environment["Fetch__SnapshotPath"] = Repo.Combine("seeds", "snapshot");
        start.Environment["ReliefWeb__AppName"] = "migrationfeeds-bench";
        var process = Process.Start(start) ?? throw new InvalidOperationException("The runner did not start.");
        return new AppProcess(process, port);
    }

    /// <summary>Polls GET /api/dashboard (the first function to answer) until it answers 200; returns the time since <paramref name="since"/>.</summary>
    public async Task<TimeSpan> WaitReadyAsync(Stopwatch since, TimeSpan timeout)
    {
        using var client = new HttpClient(new SocketsHttpHandler { ConnectTimeout = TimeSpan.FromSeconds(1), PooledConnectionLifetime = TimeSpan.Zero }) { Timeout = TimeSpan.FromSeconds(5) };
        while (since.Elapsed < timeout)
        {
            if (process.HasExited)
            {
                await process.WaitForExitAsync();
                string said;
                lock (output)
                {
                    said = string.Join(Environment.NewLine, output.TakeLast(20));
                }

                throw new InvalidOperationException($"The runner exited with {process.ExitCode} before answering:{Environment.NewLine}{said}");
            }

            try
            {
                using var response = await client.GetAsync(new Uri(BaseUri, "api/dashboard"));
                if (response.IsSuccessStatusCode)
                {
                    return since.Elapsed;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(1);
        }

        throw new TimeoutException("The app did not answer GET /api/dashboard in time.");
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }
}
