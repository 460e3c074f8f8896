namespace MigrationFeeds.Reliability.Tests.Support;

/// <summary>How the fake upstream misbehaves for one URL.</summary>
internal abstract record Fault
{
    /// <summary>Answers with a status (and optionally Retry-After) for the first <paramref name="Times"/> requests, then serves normally.</summary>
    public sealed record Status(int Code, string? RetryAfter = null, int Times = int.MaxValue) : Fault;

    /// <summary>Waits this long before answering, longer than the client's attempt timeout.</summary>
    public sealed record Delay(TimeSpan Wait) : Fault;

    /// <summary>Sends the headers (with the full Content-Length) and part of the body, then resets the connection.</summary>
    public sealed record ResetMidBody : Fault;

    /// <summary>Redirects the URL to itself.</summary>
    public sealed record RedirectLoop : Fault;

    /// <summary>Redirects the URL to <paramref name="Location"/>.</summary>
    public sealed record Redirect(string Location) : Fault;

    /// <summary>Serves other bytes, with a validator of their own.</summary>
    public sealed record Body(byte[] Content, string ContentType) : Fault
    {
        public string ETag { get; } = "\"" + Guid.NewGuid().ToString("N") + "\"";
    }

    /// <summary>A body of <paramref name="Bytes"/> bytes written in chunks without Content-Length.</summary>
    public sealed record Endless(long Bytes, string ContentType) : Fault;
}
