using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MigrationFeeds.Pipeline.Storage;

/// <summary>
/// Creates the tables and the container once, when a host starts (the Functions app, the local runner) or before a CLI
/// command that uses storage. Storage that is not up yet does not stop the start: the first operation that finds a store
/// missing creates them then (<see cref="StorageClients.UseAsync{T}"/>).
/// </summary>
public sealed partial class StorageInitializer(StorageClients storage, ILogger<StorageInitializer> logger) : BackgroundService
{
    /// <returns>False when storage could not be reached; the stores are then created on first use.</returns>
    public async Task<bool> TryCreateAsync(CancellationToken cancellationToken)
    {
        try
        {
            await storage.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (Exception e) when (StorageFaults.IsUnavailable(e) && !cancellationToken.IsCancellationRequested)
        {
            NotCreated(logger, e.GetBaseException().Message);
            return false;
        }
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => TryCreateAsync(stoppingToken);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Storage could not be reached at start ({Reason}); the tables and container are created on first use")]
    private static partial void NotCreated(ILogger logger, string reason);
}
