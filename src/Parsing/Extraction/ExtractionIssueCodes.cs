namespace MigrationFeeds.Parsing.Extraction;

/// <summary>Codes of the issues the extraction engine adds to those of <see cref="Model.ParseIssueCodes"/>; stable.</summary>
public static class ExtractionIssueCodes
{
    /// <summary>A number that gave no figure, with the reason (reported only when a parser is asked to explain).</summary>
    public const string Skipped = "skipped";

    /// <summary>How a number that gave a figure was read: its indicator's score, the best rival's, its own concepts (explaining only).</summary>
    public const string Read = "read";
}
