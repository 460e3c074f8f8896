using System.Buffers;

namespace MigrationFeeds.Functions.Http;

/// <summary>
/// A growing buffer of pooled arrays. A whole series is larger than the large-object threshold, so a fresh array
/// per response would be collected only with the oldest generation.
/// </summary>
internal sealed class PooledBuffer : IBufferWriter<byte>, IDisposable
{
    private byte[] array = ArrayPool<byte>.Shared.Rent(64 * 1024);
    private int length;

    public ReadOnlyMemory<byte> Written => array.AsMemory(0, length);

    public void Advance(int count) => length += count;

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Grow(sizeHint);
        return array.AsMemory(length);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Grow(sizeHint);
        return array.AsSpan(length);
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(array);
        array = [];
        length = 0;
    }

    private void Grow(int sizeHint)
    {
        var needed = length + Math.Max(sizeHint, 1);
        if (needed <= array.Length)
        {
            return;
        }

        var larger = ArrayPool<byte>.Shared.Rent(Math.Max(needed, array.Length * 2));
        array.AsSpan(0, length).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(array);
        array = larger;
    }
}
