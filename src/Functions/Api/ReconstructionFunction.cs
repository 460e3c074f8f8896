using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using MigrationFeeds.Pipeline.Snapshot;

namespace MigrationFeeds.Functions.Api;

/// <summary>
/// GET /api/reconstruction: on a snapshot run, the summary of the snapshot's manifests (how many of each source's
/// figures are real, and where each source's manifest lists them). Live, there is nothing reconstructed: 404.
/// </summary>
internal sealed class ReconstructionFunction(ReconstructionManifest manifest)
{
    [Function("reconstruction")]
    public IResult Summary([HttpTrigger(AuthorizationLevel.Function, "get", "head", Route = "reconstruction")] HttpRequest request) =>
        manifest.Active && manifest.SummaryPath is { } path
            ? Results.File(path, "application/json; charset=utf-8")
            : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Nothing served here is a reconstruction.", detail: "The figures come from the publications themselves.");
}
