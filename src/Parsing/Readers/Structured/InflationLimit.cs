namespace MigrationFeeds.Parsing.Readers.Structured;

/// <summary>
/// Reads an inflating stream up to a limit, then refuses: the size a zip declares for an entry can lie, so the bytes
/// actually inflated are counted.
/// </summary>
internal sealed class InflationLimit(Stream inner, long limit, string name) : Stream
{
    private long read;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => read; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

    public override int Read(Span<byte> buffer) => Count(inner.Read(buffer));

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private int Count(int n)
    {
        read += n;
        return read > limit
            ? throw new InvalidDataException($"Part {name} inflates to more than the {limit:N0} bytes a workbook part may have.")
            : n;
    }
}
