using System.Diagnostics;

namespace MigrationFeeds.Bench;

/// <summary>The Functions handler as the host starts it: its own process, FUNCTIONS_CUSTOMHANDLER_PORT set, listening on loopback.</summary>
internal sealed class HandlerProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly List<string> output = [];

    private HandlerProcess(Process process, int port)
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

    /// <param name="handler">The published executable (artifacts/app/handler) or a framework-dependent handler.dll.</param>
    public static HandlerProcess Start(string handler, int port, string connectionString, string prefix)
    {
        handler = Path.GetFullPath(handler);
        var start = handler.EndsWith(".dll", StringComparison.Ordinal)
            ? new ProcessStartInfo("dotnet") { ArgumentList = { handler } }
            : new ProcessStartInfo(handler);
        start.UseShellExecute = false;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.WorkingDirectory = Path.GetDirectoryName(Path.GetFullPath(handler))!;
        start.Environment["FUNCTIONS_CUSTOMHANDLER_PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["Storage__ConnectionString"] = connectionString;
        start.Environment["Storage__NamePrefix"] = prefix;
        start.Environment["Fetch__Mode"] = "Offline";
        start.Environment["Fetch__SnapshotPath"] = Repo.Combine("seeds", "snapshot");
        start.Environment["ReliefWeb__AppName"] = "migrationfeeds-bench";
        var process = Process.Start(start) ?? throw new InvalidOperationException("The handler did not start.");
        return new HandlerProcess(process, port);
    }

    /// <summary>Polls GET / until it answers 200; returns the time since <paramref name="since"/>.</summary>
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

                throw new InvalidOperationException($"The handler exited with {process.ExitCode} before answering:{Environment.NewLine}{said}");
            }

            try
            {
                using var response = await client.GetAsync(BaseUri);
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

        throw new TimeoutException("The handler did not answer GET / in time.");
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
