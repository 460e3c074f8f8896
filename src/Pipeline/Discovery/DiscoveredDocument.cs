using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Pipeline.Fetch;

namespace MigrationFeeds.Pipeline.Discovery;

/// <summary>A document discovery found: where it is, what it is, and what the listing said about it.</summary>
public sealed record DiscoveredDocument
{
    public required Uri Url { get; init; }
    public required string Role { get; init; }
    /// <summary>The country the document is about (its figures default to it), or the region for a document of several.</summary>
    public required CountryCode Country { get; init; }
    public string? Title { get; init; }
    public DateOnly? Published { get; init; }

    /// <summary>Set when the document is an API's answer to a POSTed query; null for a plain GET.</summary>
    public RequestBody? Body { get; init; }

    /// <summary>
    /// The document's bytes when discovery already holds them (a report's text in its ReliefWeb listing): nothing is
    /// fetched, they are archived and parsed as they are. Null for a document to fetch.
    /// </summary>
    public ReadOnlyMemory<byte>? Content { get; init; }

    /// <summary>
    /// For a report's text (<see cref="DocumentRole.ReportText"/>): the report's primary document (its PDF), whose
    /// observations of the same figures gain the text as a second provenance.
    /// </summary>
    public Uri? TextOf { get; init; }
}

/// <summary>Values of <see cref="DiscoveredDocument.Role"/>.</summary>
public static class DocumentRole
{
    /// <summary>The document figures are read from.</summary>
    public const string Primary = "primary";

    /// <summary>Kept beside a primary document (the report page of a PDF), not parsed.</summary>
    public const string Companion = "companion";

    /// <summary>
    /// A report's own text (its ReliefWeb page's text, from the listing) beside its PDF: parsed too, and a figure both
    /// state is one observation of the PDF with the text as its second provenance.
    /// </summary>
    public const string ReportText = "text";

    /// <summary>A discovery listing (an API response), kept so discovery can be replayed and audited.</summary>
    public const string Listing = "listing";
}
