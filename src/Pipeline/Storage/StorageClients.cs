using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using MigrationFeeds.Pipeline.Options;
using Microsoft.Extensions.Options;

namespace MigrationFeeds.Pipeline.Storage;

/// <summary>Creates the service clients once, and the tables and container on first use.</summary>
public sealed class StorageClients
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private volatile bool created;

    public StorageClients(IOptions<StorageOptions> options, StorageNames names)
    {
        var o = options.Value;
        if (!string.IsNullOrWhiteSpace(o.ConnectionString))
        {
            Tables = new TableServiceClient(o.ConnectionString);
            Blobs = new BlobServiceClient(o.ConnectionString);
        }
        else
        {
            TokenCredential credential = new DefaultAzureCredential();
            Tables = new TableServiceClient(o.TableServiceUri, credential);
            Blobs = new BlobServiceClient(o.BlobServiceUri, credential);
        }

        Observations = Tables.GetTableClient(names.Observations);
        Documents = Tables.GetTableClient(names.Documents);
        Runs = Tables.GetTableClient(names.Runs);
        Series = Tables.GetTableClient(names.Series);
        SeriesVersion = Tables.GetTableClient(names.SeriesVersion);
        Raw = Blobs.GetBlobContainerClient(names.RawContainer);
    }

    public TableServiceClient Tables { get; }
    public BlobServiceClient Blobs { get; }
    public TableClient Observations { get; }
    public TableClient Documents { get; }
    public TableClient Runs { get; }
    public TableClient Series { get; }

    /// <summary>
    /// One row the materializer rewrites after every refresh, so a process that keeps series in memory learns of a
    /// refresh elsewhere with one point read. A table of its own keeps the data tables a pure function of the data.
    /// </summary>
    public TableClient SeriesVersion { get; }
    public BlobContainerClient Raw { get; }

    /// <summary>Idempotent; a failure (storage not up yet) is not remembered, so the next call tries again.</summary>
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        if (created)
        {
            return;
        }

        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!created)
            {
                await Observations.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
                await Documents.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
                await Runs.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
                await Series.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
                await SeriesVersion.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
                await Raw.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
                created = true;
            }
        }
        finally
        {
            gate.Release();
        }
    }
}
