using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using MigrationFeeds.Pipeline.Options;
using Microsoft.Extensions.Azure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MigrationFeeds.Pipeline.Storage;

public static class StorageServices
{
    /// <summary>
    /// The Azure clients through the SDK's own registration: the connection string locally (Azurite); in Azure the service
    /// URIs with <see cref="DefaultAzureCredential"/> (the app's managed identity). Retries and timeouts come from
    /// <see cref="StorageOptions"/>; the tables and container are created once at start (<see cref="StorageInitializer"/>).
    /// </summary>
    public static IServiceCollection AddStorage(this IServiceCollection services)
    {
        services.AddAzureClients(clients =>
        {
            clients.UseCredential(_ => new DefaultAzureCredential());
            clients.AddClient<TableServiceClient, TableClientOptions>((options, credential, sp) =>
            {
                var o = Configure(options, sp);
                return string.IsNullOrWhiteSpace(o.ConnectionString)
                    ? new TableServiceClient(o.TableServiceUri, credential, options)
                    : new TableServiceClient(o.ConnectionString, options);
            });
            clients.AddClient<BlobServiceClient, BlobClientOptions>((options, credential, sp) =>
            {
                var o = Configure(options, sp);
                return string.IsNullOrWhiteSpace(o.ConnectionString)
                    ? new BlobServiceClient(o.BlobServiceUri, credential, options)
                    : new BlobServiceClient(o.ConnectionString, options);
            });
        });

        // The registration forwards the SDK's own event logs: every request, and a warning for every 404 and 409, which this
        // app expects (a conditional write, a store created again). The app logs storage faults itself, as it did before.
        services.AddLogging(b => b
            .AddFilter("Azure.Core", LogLevel.None)
            .AddFilter("Azure.Data.Tables", LogLevel.None)
            .AddFilter("Azure.Storage", LogLevel.None));
        services.AddSingleton<StorageNames>();
        services.AddSingleton<StorageClients>();
        services.AddSingleton<StorageInitializer>();
        services.AddHostedService(sp => sp.GetRequiredService<StorageInitializer>());
        return services;
    }

    private static StorageOptions Configure(Azure.Core.ClientOptions client, IServiceProvider services)
    {
        var o = services.GetRequiredService<IOptions<StorageOptions>>().Value;
        client.Retry.MaxRetries = o.MaxRetries;
        client.Retry.Delay = TimeSpan.FromSeconds(o.RetryDelaySeconds);
        client.Retry.NetworkTimeout = TimeSpan.FromSeconds(o.NetworkTimeoutSeconds);
        return o;
    }
}
