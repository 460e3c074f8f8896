using System.Collections.Concurrent;
using MigrationFeeds.Pipeline.Options;
using Microsoft.Extensions.Options;

namespace MigrationFeeds.Pipeline.Fetch;

/// <summary>
/// Politeness towards publishers: requests to one host start at least <see cref="FetchOptions.PerHostDelayMilliseconds"/>
/// apart, whatever the number of sources or runs in this process.
/// </summary>
internal sealed class PerHostPacing(IOptions<FetchOptions> options, TimeProvider clock) : DelegatingHandler
{
    private static readonly ConcurrentDictionary<string, HostSlot> Hosts = new(StringComparer.OrdinalIgnoreCase);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var o = options.Value;
        if (o.Mode == FetchMode.Live && o.PerHostDelayMilliseconds > 0 && request.RequestUri is { } uri)
        {
            await Hosts.GetOrAdd(uri.Authority, _ => new HostSlot()).WaitTurnAsync(TimeSpan.FromMilliseconds(o.PerHostDelayMilliseconds), clock, cancellationToken).ConfigureAwait(false);
        }

        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    private sealed class HostSlot
    {
        private readonly SemaphoreSlim gate = new(1, 1);
        private DateTimeOffset next = DateTimeOffset.MinValue;

        public async Task WaitTurnAsync(TimeSpan spacing, TimeProvider clock, CancellationToken cancellationToken)
        {
            await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                var wait = next - clock.GetUtcNow();
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, clock, cancellationToken).ConfigureAwait(false);
                }

                next = clock.GetUtcNow() + spacing;
            }
            finally
            {
                gate.Release();
            }
        }
    }
}
