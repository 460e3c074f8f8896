using MigrationFeeds.Pipeline.Fetch;

namespace MigrationFeeds.Pipeline.Discovery;

/// <summary>A document discovery found: where it is, what it is, and what the listing said about it.</summary>
public sealed record DiscoveredDocument
{
    public required Uri Url { get; init; }
    public required string Role { get; init; }
    public required string Country { get; init; }
    public string? Title { get; init; }
    public DateOnly? Published { get; init; }

    /// <summary>Set when the document is an API's answer to a POSTed query; null for a plain GET.</summary>
    public RequestBody? Body { get; init; }
}

/// <summary>Values of <see cref="DiscoveredDocument.Role"/>.</summary>
public static class DocumentRole
{
    /// <summary>The document figures are read from.</summary>
    public const string Primary = "primary";

    /// <summary>Kept beside a primary document (the report page of a PDF), not parsed.</summary>
    public const string Companion = "companion";

    /// <summary>A discovery listing (an API response), kept so discovery can be replayed and audited.</summary>
    public const string Listing = "listing";
}
