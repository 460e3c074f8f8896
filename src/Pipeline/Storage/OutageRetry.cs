using MigrationFeeds.Pipeline.Options;
using Microsoft.Extensions.Options;

namespace MigrationFeeds.Pipeline.Storage;

/// <summary>
/// Waits out storage that cannot be reached during an ingest: an idempotent storage step is tried again with growing
/// pauses until <see cref="StorageOptions.OutageToleranceSeconds"/> have passed, then it fails with
/// <see cref="StorageUnavailableException"/> and the source's run fails cleanly.
/// </summary>
public sealed class OutageRetry(IOptions<StorageOptions> options, TimeProvider clock)
{
    public async Task<T> RunAsync<T>(Func<Task<T>> step, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(step);
        var tolerance = TimeSpan.FromSeconds(options.Value.OutageToleranceSeconds);
        var started = clock.GetTimestamp();
        var pause = TimeSpan.FromSeconds(Math.Min(1, options.Value.OutageToleranceSeconds / 4));
        while (true)
        {
            try
            {
                return await step().ConfigureAwait(false);
            }
            catch (Exception e) when (StorageFaults.IsUnavailable(e) && !cancellationToken.IsCancellationRequested)
            {
                if (clock.GetElapsedTime(started) + pause > tolerance)
                {
                    throw new StorageUnavailableException($"storage could not be reached for {clock.GetElapsedTime(started).TotalSeconds:0} s: {e.GetBaseException().Message}", e);
                }

                await Task.Delay(pause, clock, cancellationToken).ConfigureAwait(false);
                pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, TimeSpan.FromSeconds(10).Ticks));
            }
        }
    }

    public Task RunAsync(Func<Task> step, CancellationToken cancellationToken) =>
        RunAsync(async () =>
        {
            await step().ConfigureAwait(false);
            return true;
        }, cancellationToken);
}
