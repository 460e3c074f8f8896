using Microsoft.Extensions.Options;

namespace MigrationFeeds.LocalRunner;

/// <summary>
/// Fires each timer function on its schedule (NCrontab.Signed, the library the Functions host uses), and once at start
/// when <see cref="RunnerOptions.RunOnStart"/> is set or the trigger says runOnStartup. One invocation of a function
/// at a time, as the host's singleton lock gives in Azure; a failed invocation is logged and the schedule goes on.
/// </summary>
internal sealed partial class TimerScheduler(TimerFunctions timers, IOptions<RunnerOptions> options, TimeProvider clock, ILogger<TimerScheduler> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        await Task.WhenAll(timers.All.Select(t => RunAsync(t, stoppingToken))).ConfigureAwait(false);
    }

    private async Task RunAsync(TimerFunction timer, CancellationToken stoppingToken)
    {
        DateTime? last = null;
        if (options.Value.RunOnStart || timer.Invoker.Function.RunOnStartup)
        {
            last = await InvokeAsync(timer, last, stoppingToken).ConfigureAwait(false);
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var next = timer.Schedule.GetNextOccurrence(now);
            LogNext(timer.Name, next);
            try
            {
                await Task.Delay(next - now, clock, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            last = await InvokeAsync(timer, last, stoppingToken).ConfigureAwait(false);
        }
    }

    private async Task<DateTime> InvokeAsync(TimerFunction timer, DateTime? last, CancellationToken stoppingToken)
    {
        var started = clock.GetUtcNow().UtcDateTime;
        LogExecuting(timer.Name);
        try
        {
            await timers.InvokeAsync(timer.Name, last, stoppingToken).ConfigureAwait(false);
            LogExecuted(timer.Name, "Succeeded");
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            // What the host does with a failed invocation: record it and carry on with the schedule.
            LogFailed(e, timer.Name);
        }

        return started;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Timer {Function} next fires at {Next:u}")]
    private partial void LogNext(string function, DateTime next);

    [LoggerMessage(Level = LogLevel.Information, Message = "Executing {Function} (timer)")]
    private partial void LogExecuting(string function);

    [LoggerMessage(Level = LogLevel.Information, Message = "Executed {Function} ({Result})")]
    private partial void LogExecuted(string function, string result);

    [LoggerMessage(Level = LogLevel.Error, Message = "Executed {Function} (Failed)")]
    private partial void LogFailed(Exception exception, string function);
}
