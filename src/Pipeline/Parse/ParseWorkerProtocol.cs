using System.Buffers.Binary;
using System.Text.Json;
using MigrationFeeds.Parsing.Model;

namespace MigrationFeeds.Pipeline.Parse;

/// <summary>What the parent sends the parse worker for one document: which parser, the context, then the bytes.</summary>
public sealed record ParseRequest
{
    public required string Family { get; init; }

    /// <summary>Report every number that gave no figure (<c>extract --explain</c>).</summary>
    public bool Explain { get; init; }

    public required DocumentContext Context { get; init; }
}

/// <summary>The worker's answer for one document.</summary>
public sealed record ParseReply
{
    public required ParseResult Result { get; init; }

    /// <summary>The worker's peak resident memory while it read this document, in bytes.</summary>
    public long PeakMemoryBytes { get; init; }

    /// <summary>The worker leaves after this answer (it ran out of memory) and is to be started again.</summary>
    public bool Exiting { get; init; }
}

/// <summary>
/// Frames on the worker's standard input and output: a 4-byte little-endian length, then that many bytes. A request is
/// two frames (its JSON, then the document), a reply one (its JSON).
/// </summary>
public static class ParseWorkerProtocol
{
    /// <summary>A frame longer than this is a broken stream, not a document.</summary>
    public const int MaxFrameBytes = 1 << 30;

    public static async Task WriteRequestAsync(Stream stream, ParseRequest request, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        await WriteFrameAsync(stream, JsonSerializer.SerializeToUtf8Bytes(request, PipelineJson.Options), cancellationToken).ConfigureAwait(false);
        await WriteFrameAsync(stream, content, cancellationToken).ConfigureAwait(false);
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <returns>The request and the document's bytes; null at the end of the stream (the parent has gone).</returns>
    public static async Task<(ParseRequest Request, byte[] Content)?> ReadRequestAsync(Stream stream, CancellationToken cancellationToken)
    {
        var header = await ReadFrameAsync(stream, cancellationToken).ConfigureAwait(false);
        if (header is null)
        {
            return null;
        }

        var content = await ReadFrameAsync(stream, cancellationToken).ConfigureAwait(false) ?? throw new EndOfStreamException("The request ended before its document.");
        var request = JsonSerializer.Deserialize<ParseRequest>(header, PipelineJson.Options) ?? throw new InvalidDataException("An empty request.");
        return (request, content);
    }

    /// <summary>The worker's first frame, empty: it is up and reading requests.</summary>
    public static Task WriteReadyAsync(Stream stream, CancellationToken cancellationToken) =>
        WriteFrameAndFlushAsync(stream, ReadOnlyMemory<byte>.Empty, cancellationToken);

    /// <returns>True when the worker said it is ready; false when its output ended first.</returns>
    public static async Task<bool> ReadReadyAsync(Stream stream, CancellationToken cancellationToken) =>
        await ReadFrameAsync(stream, cancellationToken).ConfigureAwait(false) is { Length: 0 };

    private static async Task WriteFrameAndFlushAsync(Stream stream, ReadOnlyMemory<byte> frame, CancellationToken cancellationToken)
    {
        await WriteFrameAsync(stream, frame, cancellationToken).ConfigureAwait(false);
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    public static async Task WriteReplyAsync(Stream stream, ParseReply reply, CancellationToken cancellationToken)
    {
        await WriteFrameAsync(stream, JsonSerializer.SerializeToUtf8Bytes(reply, PipelineJson.Options), cancellationToken).ConfigureAwait(false);
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <returns>The reply; null when the stream ended first (the worker died).</returns>
    public static async Task<ParseReply?> ReadReplyAsync(Stream stream, CancellationToken cancellationToken)
    {
        var frame = await ReadFrameAsync(stream, cancellationToken).ConfigureAwait(false);
        return frame is null ? null : JsonSerializer.Deserialize<ParseReply>(frame, PipelineJson.Options);
    }

    private static async Task WriteFrameAsync(Stream stream, ReadOnlyMemory<byte> frame, CancellationToken cancellationToken)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(length, frame.Length);
        await stream.WriteAsync(length, cancellationToken).ConfigureAwait(false);
        await stream.WriteAsync(frame, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<byte[]?> ReadFrameAsync(Stream stream, CancellationToken cancellationToken)
    {
        var length = new byte[4];
        var read = await stream.ReadAtLeastAsync(length, 4, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
        if (read < 4)
        {
            return null;
        }

        var size = BinaryPrimitives.ReadInt32LittleEndian(length);
        if (size is < 0 or > MaxFrameBytes)
        {
            throw new InvalidDataException($"A frame of {size} bytes.");
        }

        var frame = new byte[size];
        read = await stream.ReadAtLeastAsync(frame, size, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
        return read < size ? null : frame;
    }
}
