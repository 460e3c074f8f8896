using System.Diagnostics.Tracing;
using MigrationFeeds.Pipeline;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MigrationFeeds.Bench;

/// <summary>The app's own service composition (as the CLI and the Functions app build it), on Azurite and a snapshot.</summary>
internal static class BenchServices
{
    public static ServiceProvider Build(string connectionString, string prefix, string snapshotPath, Action<IServiceCollection>? extra = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Storage:ConnectionString"] = connectionString,
                ["Storage:NamePrefix"] = prefix,
                ["Fetch:Mode"] = "Offline",
                ["Fetch:SnapshotPath"] = snapshotPath,
                ["ReliefWeb:AppName"] = "migrationfeeds-bench",
            })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning));
        services.AddMigrationFeeds(configuration);
        extra?.Invoke(services);
        return services.BuildServiceProvider();
    }

    public static string NewPrefix(string stem) => stem + Guid.NewGuid().ToString("N")[..8];
}

/// <summary>
/// Counts the storage requests the Azure SDK sends (its Azure-Core event source logs each one), by kind:
/// table writes (single-entity writes and entity group transactions), table reads, blob requests.
/// </summary>
internal sealed class StorageRequestCounter : EventListener
{
    private int tableWrites;
    private int tableReads;
    private int blobRequests;
    private int tableCreates;

    public int TableWrites => tableWrites;
    public int TableReads => tableReads;
    public int BlobRequests => blobRequests;
    public int TableCreates => tableCreates;

    public void Reset()
    {
        tableWrites = tableReads = blobRequests = tableCreates = 0;
    }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Azure-Core")
        {
            EnableEvents(eventSource, EventLevel.Informational);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventName != "Request" || eventData.Payload is null || eventData.PayloadNames is null)
        {
            return;
        }

        var method = Payload(eventData, "method");
        var uri = Payload(eventData, "uri");
        if (method is null || uri is null)
        {
            return;
        }

        var path = new Uri(uri).AbsolutePath;
        if (path.Contains("/Tables", StringComparison.Ordinal) && method == "POST" && !path.Contains("$batch", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref tableCreates);
        }
        else if (IsTable(uri))
        {
            if (method == "GET")
            {
                Interlocked.Increment(ref tableReads);
            }
            else
            {
                Interlocked.Increment(ref tableWrites);
            }
        }
        else
        {
            Interlocked.Increment(ref blobRequests);
        }
    }

    /// <summary>bench.sh gives Azurite's table service its own port; the SDK names it in every request URI.</summary>
    public static int TablePort { get; set; }

    private static bool IsTable(string uri) => new Uri(uri).Port == TablePort;

    private static string? Payload(EventWrittenEventArgs e, string name)
    {
        var i = e.PayloadNames!.IndexOf(name);
        return i < 0 ? null : e.Payload![i]?.ToString();
    }
}
