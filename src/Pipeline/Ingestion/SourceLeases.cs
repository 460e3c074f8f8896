using Azure;
using Azure.Storage.Blobs.Specialized;
using MigrationFeeds.Pipeline.Storage;

namespace MigrationFeeds.Pipeline.Ingestion;

/// <summary>
/// One run per source at a time, across processes and instances: a lease on a blob per source. The Functions
/// host may fire a timer twice, or two instances may run it; the second finds the lease taken and skips.
/// A crashed run's lease expires by itself.
/// </summary>
public sealed class SourceLeases(StorageClients storage, TimeProvider clock)
{
    /// <summary>Long enough to outlive a renewal hiccup, short enough that a crash blocks the next run only briefly.</summary>
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan RenewEvery = TimeSpan.FromSeconds(10);

    /// <returns>The held lease, or null when another run holds it.</returns>
    public Task<IAsyncDisposable?> TryAcquireAsync(string sourceId, CancellationToken cancellationToken) =>
        storage.UseAsync(() => AcquireAsync(sourceId, cancellationToken), cancellationToken);

    private async Task<IAsyncDisposable?> AcquireAsync(string sourceId, CancellationToken cancellationToken)
    {
        var blob = storage.Raw.GetBlobClient("leases/" + sourceId);
        try
        {
            await blob.UploadAsync(BinaryData.Empty, new Azure.Storage.Blobs.Models.BlobUploadOptions { Conditions = new Azure.Storage.Blobs.Models.BlobRequestConditions { IfNoneMatch = ETag.All } }, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            // The lease blob exists already (or is leased right now).
        }

        var lease = blob.GetBlobLeaseClient();
        try
        {
            await lease.AcquireAsync(Duration, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return null;
        }

        return new HeldLease(lease, clock);
    }

    private sealed class HeldLease : IAsyncDisposable
    {
        private readonly BlobLeaseClient lease;
        private readonly CancellationTokenSource stop = new();
        private readonly Task renewing;

        public HeldLease(BlobLeaseClient lease, TimeProvider clock)
        {
            this.lease = lease;
            renewing = RenewAsync(clock);
        }

        public async ValueTask DisposeAsync()
        {
            await stop.CancelAsync().ConfigureAwait(false);
            try
            {
                await renewing.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
            }

            try
            {
                await lease.ReleaseAsync().ConfigureAwait(false);
            }
            catch (RequestFailedException)
            {
                // Lost or expired already: nothing to release.
            }

            stop.Dispose();
        }

        private async Task RenewAsync(TimeProvider clock)
        {
            while (!stop.IsCancellationRequested)
            {
                await Task.Delay(RenewEvery, clock, stop.Token).ConfigureAwait(false);
                try
                {
                    await lease.RenewAsync(cancellationToken: stop.Token).ConfigureAwait(false);
                }
                catch (Exception e) when (StorageFaults.IsUnavailable(e))
                {
                    // A storage blip: the lease outlives one missed renewal, and the next one tries again.
                }
                catch (RequestFailedException)
                {
                    // The lease is gone (storage came back empty, or it expired and another run took it): nothing left to
                    // renew. The run ends as it would have; letting this out would fail the source when it is released.
                    return;
                }
            }
        }
    }
}
