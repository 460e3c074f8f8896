using System.ComponentModel.DataAnnotations;

namespace MigrationFeeds.Pipeline.Options;

/// <summary>
/// When a document that failed for a passing reason (a 5xx, a timeout, a cut connection, a parse the infrastructure
/// broke) is tried again before its source's next scheduled run: after <see cref="FirstDelayMinutes"/>, then each wait
/// <see cref="Factor"/> times the last, never more than <see cref="MaxDelayMinutes"/>, and not after
/// <see cref="MaxAttempts"/> failed attempts (the record stays, marked given up).
/// </summary>
public sealed class RetryOptions : IValidatableObject
{
    public const string Section = "Retry";

    [Range(0.1, 1440)]
    public double FirstDelayMinutes { get; set; } = 15;

    [Range(1, 10)]
    public double Factor { get; set; } = 2;

    [Range(0.1, 10080)]
    public double MaxDelayMinutes { get; set; } = 360;

    /// <summary>Failed attempts, the scheduled run's first failure included, before the document is given up on.</summary>
    [Range(1, 50)]
    public int MaxAttempts { get; set; } = 5;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (MaxDelayMinutes < FirstDelayMinutes)
        {
            yield return new ValidationResult(
                $"Retry:MaxDelayMinutes ({MaxDelayMinutes}) is less than Retry:FirstDelayMinutes ({FirstDelayMinutes}).",
                [nameof(MaxDelayMinutes), nameof(FirstDelayMinutes)]);
        }
    }

    /// <summary>When the next attempt is due after <paramref name="failedAttempts"/> failures, the last at <paramref name="failedAt"/>; null once they are used up.</summary>
    public DateTimeOffset? NextAttempt(int failedAttempts, DateTimeOffset failedAt)
    {
        if (failedAttempts >= MaxAttempts)
        {
            return null;
        }

        var minutes = Math.Min(MaxDelayMinutes, FirstDelayMinutes * Math.Pow(Factor, Math.Max(0, failedAttempts - 1)));
        return failedAt + TimeSpan.FromMinutes(minutes);
    }
}
