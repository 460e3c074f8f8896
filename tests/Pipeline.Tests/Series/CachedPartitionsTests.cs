using MigrationFeeds.Pipeline.Series;

namespace MigrationFeeds.Pipeline.Tests.Series;

/// <summary>A cached partition is kept with the count of rewrites it was read under, and read again once that count moves.</summary>
public sealed class CachedPartitionsTests
{
    private static readonly (SeriesKey, string?) Key = (Obs.Key("BIH", "arrivals"), null);

    [Fact]
    public async Task Get_UnderTheSameCount_ReadsOnce()
    {
        var cached = new CachedPartitions(known: true, version: "v1");
        var reads = 0;

        var first = await cached.GetAsync(Key, 1, () => Read(ref reads));
        var second = await cached.GetAsync(Key, 1, () => Read(ref reads));

        Assert.Equal(1, reads);
        Assert.Same(first, second);
    }

    [Fact]
    public async Task Get_AfterARewrite_ReadsAgain_AndAnOlderCountNeverBringsTheOldRowsBack()
    {
        var cached = new CachedPartitions(known: true, version: "v1");
        var reads = 0;
        var before = await cached.GetAsync(Key, 1, () => Read(ref reads));

        var after = await cached.GetAsync(Key, 2, () => Read(ref reads));
        var late = await cached.GetAsync(Key, 1, () => Read(ref reads));

        Assert.Equal(2, reads);
        Assert.NotSame(before, after);
        Assert.Same(after, late);
    }

    private static Task<IReadOnlyList<SeriesPoint>> Read(ref int reads)
    {
        reads++;
        return Task.FromResult<IReadOnlyList<SeriesPoint>>(new List<SeriesPoint>());
    }
}
