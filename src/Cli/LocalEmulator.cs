using System.Globalization;
using System.Net.Sockets;
using Microsoft.Extensions.Configuration;

namespace MigrationFeeds.Cli;

/// <summary>
/// The storage emulator <c>./run.sh</c> starts: where a command that names no storage looks, so that
/// <c>migrationfeeds series …</c> in a second terminal reads what the running app stored.
/// </summary>
internal sealed record LocalEmulator(int BlobPort, int QueuePort, int TablePort)
{
    // Azurite's published development account key: not a secret, and valid only against the emulator.
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    /// <summary>The ports <c>./run.sh</c> uses: Azurite's defaults, or the same overrides it reads.</summary>
    public static LocalEmulator FromEnvironment() => new(
        Port("AZURITE_BLOB_PORT", 10000), Port("AZURITE_QUEUE_PORT", 10001), Port("AZURITE_TABLE_PORT", 10002));

    /// <summary>True when the settings name no storage at all (an empty value is a choice, and is left to validation).</summary>
    public static bool IsUnset(IConfiguration configuration) =>
        configuration["Storage:ConnectionString"] is null
        && configuration["Storage:BlobServiceUri"] is null
        && configuration["Storage:TableServiceUri"] is null;

    public string ConnectionString => string.Create(CultureInfo.InvariantCulture,
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};BlobEndpoint=http://127.0.0.1:{BlobPort}/devstoreaccount1;QueueEndpoint=http://127.0.0.1:{QueuePort}/devstoreaccount1;TableEndpoint=http://127.0.0.1:{TablePort}/devstoreaccount1;");

    /// <summary>What does not answer, said so that a person knows what to start or set; null when both blob and table answer.</summary>
    public async Task<string?> ProblemAsync(CancellationToken cancellationToken)
    {
        var missing = new List<string>();
        foreach (var (name, port) in new[] { ("blob", BlobPort), ("table", TablePort) })
        {
            if (!await AnswersAsync(port, cancellationToken).ConfigureAwait(false))
            {
                missing.Add(string.Create(CultureInfo.InvariantCulture, $"{name} on 127.0.0.1:{port}"));
            }
        }

        return missing.Count == 0 ? null :
            $"no storage is set, and the local storage emulator does not answer ({string.Join(", ", missing)}). " +
            "Start ./run.sh in another terminal (AZURITE_BLOB_PORT and AZURITE_TABLE_PORT if it uses other ports), " +
            "or set Storage__ConnectionString (Azurite) or Storage__BlobServiceUri and Storage__TableServiceUri (Azure).";
    }

    private static async Task<bool> AnswersAsync(int port, CancellationToken cancellationToken)
    {
        using var client = new TcpClient();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(2));
        try
        {
            await client.ConnectAsync("127.0.0.1", port, timeout.Token).ConfigureAwait(false);
            return true;
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException)
        {
            return false;
        }
    }

    private static int Port(string variable, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(variable), NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is > 0 and < 65536
            ? port
            : fallback;
}
