using System.Diagnostics;
using System.Net.Sockets;
using System.Security.Cryptography;
using Xunit;

namespace MigrationFeeds.TestSupport;

/// <summary>
/// A real Azurite (blob, queue and table) on free loopback ports, in memory, for one test assembly.
/// Tests share it and keep apart by giving every table and container a prefix of their own.
/// </summary>
public sealed class AzuriteServer : IAsyncLifetime
{
    /// <summary>Azurite's published development account; not a secret.</summary>
    private const string DevAccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly List<string> errors = [];
    private Process? process;

    public int BlobPort { get; } = FreePort.Next();
    public int QueuePort { get; } = FreePort.Next();
    public int TablePort { get; } = FreePort.Next();

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={DevAccountKey};" +
        $"BlobEndpoint=http://127.0.0.1:{BlobPort}/devstoreaccount1;QueueEndpoint=http://127.0.0.1:{QueuePort}/devstoreaccount1;" +
        $"TableEndpoint=http://127.0.0.1:{TablePort}/devstoreaccount1;";

    /// <summary>This emulator's account at blob and table ports where nothing listens: storage that cannot be reached.</summary>
    public string UnreachableConnectionString => ConnectionString
        .Replace($":{BlobPort}/", $":{FreePort.Next()}/", StringComparison.Ordinal)
        .Replace($":{TablePort}/", $":{FreePort.Next()}/", StringComparison.Ordinal);

    /// <summary>A fresh table and container name prefix: lower-case letters, as storage names require.</summary>
    public static string NewPrefix() => "t" + string.Concat(RandomNumberGenerator.GetItems("abcdefghijklmnopqrstuvwxyz".AsSpan(), 10));

    public async Task InitializeAsync()
    {
        var azurite = RepoRoot.Combine("node_modules", ".bin", "azurite");
        if (!File.Exists(azurite))
        {
            throw new InvalidOperationException($"Azurite is not installed at {azurite}: run 'npm ci' (./test.sh does).");
        }

        var start = new ProcessStartInfo(azurite)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            // Azurite writes its debug log and extent files under its working folder even in memory mode.
            WorkingDirectory = Directory.CreateTempSubdirectory("azurite").FullName,
        };
        foreach (var a in new[]
                 {
                     "--blobHost", "127.0.0.1", "--blobPort", BlobPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
                     "--queueHost", "127.0.0.1", "--queuePort", QueuePort.ToString(System.Globalization.CultureInfo.InvariantCulture),
                     "--tableHost", "127.0.0.1", "--tablePort", TablePort.ToString(System.Globalization.CultureInfo.InvariantCulture),
                     "--inMemoryPersistence", "--skipApiVersionCheck", "--loose", "--silent", "--disableTelemetry",
                 })
        {
            start.ArgumentList.Add(a);
        }

        process = Process.Start(start) ?? throw new InvalidOperationException("Azurite did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (errors)
                {
                    errors.Add(e.Data);
                }
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var deadline = DateTime.UtcNow.AddSeconds(60);
        foreach (var port in new[] { BlobPort, TablePort })
        {
            while (!await IsListeningAsync(port).ConfigureAwait(false))
            {
                if (process.HasExited || DateTime.UtcNow > deadline)
                {
                    throw new InvalidOperationException($"Azurite did not listen on port {port}: {string.Join(" ", errors)}");
                }

                await Task.Delay(100).ConfigureAwait(false);
            }
        }
    }

    public Task DisposeAsync()
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
        }

        process?.Dispose();
        // Stopped: a test that restarts it calls InitializeAsync again, and disposing twice is harmless.
        process = null;
        return Task.CompletedTask;
    }

    private static async Task<bool> IsListeningAsync(int port)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync("127.0.0.1", port).ConfigureAwait(false);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
