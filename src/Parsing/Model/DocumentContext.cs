namespace MigrationFeeds.Parsing.Model;

/// <summary>What is known about a document before it is parsed, from discovery.</summary>
public sealed record DocumentContext
{
    public required string Url { get; init; }
    public required string ContentType { get; init; }

    /// <summary>
    /// The country a figure belongs to unless the text names another; null when it is not known, and the
    /// document must then say whose figures it gives.
    /// </summary>
    public string? DefaultCountry { get; init; }

    public string? Title { get; init; }

    /// <summary>Publication date, used to resolve bare month names ("in October").</summary>
    public DateOnly? Published { get; init; }
}
