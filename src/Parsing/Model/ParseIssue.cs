namespace MigrationFeeds.Parsing.Model;

/// <summary>An expected data problem found while reading a document: a code, where, and a short quote.</summary>
public sealed record ParseIssue
{
    public required string Code { get; init; }
    public required string Message { get; init; }
    public int? Page { get; init; }
    public int? Line { get; init; }
    public string? Quote { get; init; }
}

/// <summary>Codes of <see cref="ParseIssue"/>; stable, since operators filter on them.</summary>
public static class ParseIssueCodes
{
    public const string Unreadable = "unreadable";
    public const string NotPdf = "not_pdf";
    public const string Empty = "empty";
    public const string NoFigures = "no_figures";
    public const string PeriodUnknown = "period_unknown";
    public const string Ambiguous = "ambiguous";

    /// <summary>A figure above what its indicator can plausibly count in one of the six; it is left out.</summary>
    public const string Implausible = "implausible";

    /// <summary>Parsing took longer than the per-document budget; the parse worker was stopped.</summary>
    public const string Timeout = "timeout";

    /// <summary>The bytes contradict the encoding the document declares (or its byte order mark); it is not read.</summary>
    public const string EncodingMismatch = "encoding_mismatch";

    /// <summary>A replacement character stands between digits, so a number would be read in pieces; the document is not read.</summary>
    public const string SplitNumber = "split_number";

    /// <summary>The document is larger than its reader accepts (bytes, characters, rows or an inflated part).</summary>
    public const string TooLarge = "too_large";

    /// <summary>Elements nest deeper than a reader walks.</summary>
    public const string TooDeep = "too_deep";

    /// <summary>The parse worker died while reading the document (a crash, such as a stack overflow in a library).</summary>
    public const string WorkerCrashed = "worker_crashed";

    /// <summary>Reading the document needed more memory than the parse worker is allowed.</summary>
    public const string MemoryLimit = "memory_limit";

    /// <summary>The parser threw: a bug, reported with the exception's type and message.</summary>
    public const string ParserError = "parser_error";

    /// <summary>Issues past the number a document keeps; the message says how many were dropped.</summary>
    public const string Truncated = "truncated";
}
