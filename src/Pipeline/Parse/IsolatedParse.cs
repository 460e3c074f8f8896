using MigrationFeeds.Parsing.Model;

namespace MigrationFeeds.Pipeline.Parse;

/// <summary>How a document's parse in the worker ended.</summary>
public enum ParseEnd
{
    /// <summary>The worker answered; the result may still be a failure the parser reported.</summary>
    Answered,

    /// <summary>The wall-clock budget ran out; the worker was killed.</summary>
    Timeout,

    /// <summary>The worker died while reading the document (a stack overflow, an abort).</summary>
    Crashed,

    /// <summary>The worker hit its memory limit and left, or was killed by it.</summary>
    MemoryLimit,
}

/// <summary>A document's parse in the worker: its result, how it ended, and the worker's peak memory for it.</summary>
public sealed record IsolatedParse
{
    public required ParseResult Result { get; init; }
    public required ParseEnd End { get; init; }

    /// <summary>The worker's peak resident memory while it read the document, in bytes; 0 when it did not answer.</summary>
    public long PeakMemoryBytes { get; init; }

    /// <summary>The document took the worker down: it is quarantined until a newer parser version reads it.</summary>
    public bool KilledWorker => End != ParseEnd.Answered;
}
