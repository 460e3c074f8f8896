namespace MigrationFeeds.Pipeline.Fetch;

/// <summary>
/// The query of an API that answers data only to a POST (PxWeb's API v1 takes its selection in the body).
/// A document with a body is fetched with POST; its query must be a pure read, so retrying it is safe.
/// </summary>
public sealed record RequestBody
{
    public required string MediaType { get; init; }
    public required string Content { get; init; }
}
