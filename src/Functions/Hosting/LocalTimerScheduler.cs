using System.Globalization;
using System.Net.Http.Json;
using Microsoft.Extensions.Options;
using NCrontab;

namespace MigrationFeeds.Functions.Hosting;

/// <summary>
/// Local mode only: fires the timer functions on the schedules of their function.json files by posting
/// the host's invocation payload to this same app, so local runs take exactly the path Azure takes.
/// </summary>
internal sealed partial class LocalTimerScheduler(
    IReadOnlyList<FunctionDefinition> functions,
    IHttpClientFactory clients,
    IOptions<LocalOptions> options,
    IHostApplicationLifetime lifetime,
    TimeProvider clock,
    ILogger<LocalTimerScheduler> logger) : BackgroundService
{
    public const string ClientName = "local-invoker";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!await WaitForStartedAsync(stoppingToken).ConfigureAwait(false))
        {
            return;
        }

        var timers = functions.Where(f => f.TriggerType == FunctionManifest.TimerTrigger && f.Schedule is not null).ToList();
        await Task.WhenAll(timers.Select(t => RunTimerAsync(t, stoppingToken))).ConfigureAwait(false);
    }

    private async Task RunTimerAsync(FunctionDefinition timer, CancellationToken stoppingToken)
    {
        var schedule = CrontabSchedule.Parse(timer.Schedule!, new CrontabSchedule.ParseOptions { IncludingSeconds = true });
        DateTime? last = null;
        if (options.Value.RunOnStart || timer.RunOnStartup)
        {
            last = await InvokeAsync(timer, schedule, last, stoppingToken).ConfigureAwait(false);
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var next = schedule.GetNextOccurrence(now);
            LogNext(timer.Name, next);
            try
            {
                await Task.Delay(next - now, clock, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            last = await InvokeAsync(timer, schedule, last, stoppingToken).ConfigureAwait(false);
        }
    }

    private async Task<DateTime> InvokeAsync(FunctionDefinition timer, CrontabSchedule schedule, DateTime? last, CancellationToken stoppingToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var payload = TimerPayload.Create(timer.TriggerName, timer.Name, last, schedule.GetNextOccurrence(now), now);
        try
        {
            var client = clients.CreateClient(ClientName);
            using var response = await client.PostAsJsonAsync(new Uri(timer.Name, UriKind.Relative), payload, stoppingToken).ConfigureAwait(false);
            LogInvoked(timer.Name, (int)response.StatusCode);
        }
        catch (HttpRequestException e)
        {
            LogInvokeFailed(timer.Name, e.Message);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }

        return now;
    }

    private async Task<bool> WaitForStartedAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource();
        using var a = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        using var b = stoppingToken.Register(() => started.TrySetCanceled(stoppingToken));
        try
        {
            await started.Task.ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Timer {Function} next fires at {Next:u}")]
    private partial void LogNext(string function, DateTime next);

    [LoggerMessage(Level = LogLevel.Information, Message = "Timer {Function} invoked locally: HTTP {Status}")]
    private partial void LogInvoked(string function, int status);

    [LoggerMessage(Level = LogLevel.Error, Message = "Timer {Function} could not be invoked locally: {Reason}")]
    private partial void LogInvokeFailed(string function, string reason);
}

/// <summary>The invocation body the Functions host sends for a timer trigger.</summary>
internal static class TimerPayload
{
    public static object Create(string bindingName, string functionName, DateTime? last, DateTime next, DateTime now) => new Dictionary<string, object>
    {
        ["Data"] = new Dictionary<string, object>
        {
            [bindingName] = new
            {
                Schedule = new { AdjustForDST = true },
                ScheduleStatus = new { Last = Iso(last ?? DateTime.MinValue), Next = Iso(next), LastUpdated = Iso(now) },
                IsPastDue = false,
            },
        },
        ["Metadata"] = new Dictionary<string, object>
        {
            ["sys"] = new { MethodName = functionName, UtcNow = Iso(now), RandGuid = Guid.NewGuid().ToString() },
        },
    };

    private static string Iso(DateTime value) => value.ToString("yyyy-MM-ddTHH:mm:ss.fffffffZ", CultureInfo.InvariantCulture);
}
