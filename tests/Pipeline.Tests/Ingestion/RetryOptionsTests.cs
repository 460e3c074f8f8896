using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MigrationFeeds.Pipeline.Options;

namespace MigrationFeeds.Pipeline.Tests.Ingestion;

public sealed class RetryOptionsTests
{
    private static readonly DateTimeOffset FailedAt = new(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void NextAttempt_GrowsByTheFactorUpToTheCap_ThenNoneOnceAttemptsAreUsedUp()
    {
        var options = new RetryOptions { FirstDelayMinutes = 15, Factor = 2, MaxDelayMinutes = 360, MaxAttempts = 7 };

        var waits = Enumerable.Range(1, 7).Select(n => options.NextAttempt(n, FailedAt) - FailedAt).ToList();

        Assert.Equal([15, 30, 60, 120, 240, 360], waits.Take(6).Select(w => w!.Value.TotalMinutes));
        Assert.Null(waits[6]);
    }

    [Fact]
    public void Options_MaxDelayBelowFirstDelay_AreRefusedAtStart()
    {
        var services = new ServiceCollection();
        services.AddOptions<RetryOptions>()
            .Configure(o => (o.FirstDelayMinutes, o.MaxDelayMinutes) = (30, 10))
            .ValidateDataAnnotations();
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<RetryOptions>>().Value);

        Assert.Contains("MaxDelayMinutes", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(51)]
    public void Options_MaxAttemptsOutOfRange_AreRefused(int attempts)
    {
        var options = new RetryOptions { MaxAttempts = attempts };

        Assert.False(Validator.TryValidateObject(options, new ValidationContext(options), [], validateAllProperties: true));
    }
}
