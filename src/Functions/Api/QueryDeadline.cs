using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using MigrationFeeds.Functions.Hosting;
using MigrationFeeds.Pipeline.Storage;

namespace MigrationFeeds.Functions.Api;

/// <summary>
/// A query that cannot finish in time is cut off and answered 503 rather than holding an instance
/// (<see cref="ApiOptions.RequestTimeoutSeconds"/>), and so is one whose storage cannot be reached (refused, timing out,
/// failing on its side): the client is told when to come back (<see cref="ApiOptions.RetryAfterSeconds"/>) instead of
/// getting a 500. The worker has no place for request middleware, so each query function runs its work through this.
/// </summary>
internal sealed class QueryDeadline(IOptions<ApiOptions> options)
{
    public async Task<IResult> RunAsync(Func<CancellationToken, Task<IResult>> query, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(TimeSpan.FromSeconds(options.Value.RequestTimeoutSeconds));
        try
        {
            return await query(deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return RetryLater("The query did not finish in time.");
        }
        catch (TimeoutException) when (!cancellationToken.IsCancellationRequested)
        {
            // Work shared with other requests runs under its own deadline, and reports passing it so.
            return RetryLater("The query did not finish in time.");
        }
        catch (Exception e) when (StorageFaults.IsUnavailable(e) && !cancellationToken.IsCancellationRequested)
        {
            return RetryLater("Storage cannot be reached at the moment.");
        }
    }

    private IResult RetryLater(string title) =>
        new WithRetryAfter(Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: title), options.Value.RetryAfterSeconds);

    private sealed class WithRetryAfter(IResult problem, int seconds) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            return problem.ExecuteAsync(httpContext);
        }
    }
}
