namespace MigrationFeeds.Reliability.Tests.Support;

/// <summary>
/// The network edge of an in-process pipeline: a request to a publisher's https address goes to the fake
/// upstream instead, as a hosts file would send it. Everything above (resilience, fetcher) is unchanged.
/// </summary>
internal sealed class LoopbackRouter(Uri origin) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri is { Scheme: "https" } url)
        {
            request.RequestUri = new Uri(origin, FakeUpstream.LocalPath(url));
        }

        return base.SendAsync(request, cancellationToken);
    }
}
