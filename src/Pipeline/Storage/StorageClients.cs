using Azure.Data.Tables;
using Azure.Storage.Blobs;

namespace MigrationFeeds.Pipeline.Storage;

/// <summary>
/// The app's tables and container, on the service clients registered by <see cref="StorageServices.AddStorage"/>.
/// They are created once at start (<see cref="StorageInitializer"/>), and again by <see cref="UseAsync{T}"/> when an
/// operation finds one missing.
/// </summary>
public sealed class StorageClients
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private volatile bool created;

    public StorageClients(TableServiceClient tables, BlobServiceClient blobs, StorageNames names)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(blobs);
        ArgumentNullException.ThrowIfNull(names);
        Tables = tables;
        Blobs = blobs;
        Observations = Tables.GetTableClient(names.Observations);
        Documents = Tables.GetTableClient(names.Documents);
        Runs = Tables.GetTableClient(names.Runs);
        Series = Tables.GetTableClient(names.Series);
        SeriesVersion = Tables.GetTableClient(names.SeriesVersion);
        Reviews = Tables.GetTableClient(names.Reviews);
        FailedDocuments = Tables.GetTableClient(names.FailedDocuments);
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

    /// <summary>The reviewers' decisions, appended and never changed (docs/series.md).</summary>
    public TableClient Reviews { get; }

    /// <summary>Documents that failed for a passing reason, and when each is tried again (docs/operations).</summary>
    public TableClient FailedDocuments { get; }
    public BlobContainerClient Raw { get; }

    /// <summary>
    /// Runs a storage operation. When it finds a table or the container missing (not created yet because storage was down
    /// at start, an emulator restarted empty, a table deleted), they are created again and the operation is run once more,
    /// so the service heals by itself.
    /// </summary>
    public async Task<T> UseAsync<T>(Func<Task<T>> operation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        try
        {
            return await operation().ConfigureAwait(false);
        }
        catch (Exception e) when (StorageFaults.IsMissingStore(e))
        {
            created = false;
            await EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
            return await operation().ConfigureAwait(false);
        }
    }

    public Task UseAsync(Func<Task> operation, CancellationToken cancellationToken) =>
        UseAsync(async () =>
        {
            await operation().ConfigureAwait(false);
            return true;
        }, cancellationToken);

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
                await Reviews.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
                await FailedDocuments.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
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
