namespace MigrationFeeds.Parsing.Readers.Structured;

/// <summary>
/// Codes of <see cref="Model.ParseIssue"/> for spreadsheets and API responses, beside the general ones in
/// <see cref="Model.ParseIssueCodes"/>; stable, since operators filter on them.
/// </summary>
public static class StructuredIssueCodes
{
    /// <summary>The API answered with an error object instead of data.</summary>
    public const string ApiError = "api_error";

    /// <summary>The response or sheet is not laid out as the family's parser knows it.</summary>
    public const string LayoutUnknown = "layout_unknown";

    /// <summary>A cell or field that should hold a count holds something else; that value is left out.</summary>
    public const string NotACount = "not_a_count";

    /// <summary>A row or cell the parser cannot attribute to an indicator, country and period; left out on purpose.</summary>
    public const string Skipped = "skipped";

    /// <summary>A country code the family does not map to one of the six; its rows are left out.</summary>
    public const string UnknownCountry = "unknown_country";
}
