using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using MigrationFeeds.Functions.Hosting;

namespace MigrationFeeds.Functions.Api;

/// <summary>
/// A query that cannot finish in time is cut off and answered 503 rather than holding an instance
/// (<see cref="ApiOptions.RequestTimeoutSeconds"/>). The worker has no place for request middleware, so each query
/// function runs its work through this.
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
            return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "The query did not finish in time.");
        }
    }
}
