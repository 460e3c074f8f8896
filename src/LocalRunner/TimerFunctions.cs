using Microsoft.Azure.Functions.Worker;
using NCrontab;

namespace MigrationFeeds.LocalRunner;

/// <summary>A timer function with its schedule resolved from the settings, as the host resolves <c>%Setting%</c>.</summary>
internal sealed record TimerFunction(FunctionInvoker Invoker, CrontabSchedule Schedule, string Expression)
{
    public string Name => Invoker.Function.Name;
}

/// <summary>Invokes the timer functions, each in a scope of its own, with the timer value the host would pass.</summary>
internal sealed class TimerFunctions(IReadOnlyList<TimerFunction> timers, IServiceScopeFactory scopes, TimeProvider clock)
{
    public IReadOnlyList<TimerFunction> All => timers;

    public static IReadOnlyList<TimerFunction> Resolve(IEnumerable<FunctionInvoker> invokers, IConfiguration settings) =>
    [
        .. invokers.Where(i => i.Function.TriggerType.Equals(FunctionIndex.TimerTrigger, StringComparison.OrdinalIgnoreCase)).Select(i =>
        {
            var schedule = i.Function.Schedule ?? throw new InvalidOperationException($"Timer function {i.Function.Name} has no schedule.");
            if (schedule.Length > 2 && schedule[0] == '%' && schedule[^1] == '%')
            {
                var setting = schedule[1..^1];
                schedule = settings[setting] is { Length: > 0 } value
                    ? value
                    : throw new InvalidOperationException($"Timer function {i.Function.Name}: its schedule setting {setting} is not set.");
            }

            var parsed = CrontabSchedule.TryParse(schedule, new CrontabSchedule.ParseOptions { IncludingSeconds = true })
                ?? throw new InvalidOperationException($"Timer function {i.Function.Name}: '{schedule}' is not a six-field NCRONTAB schedule.");
            return new TimerFunction(i, parsed, schedule);
        }),
    ];

    /// <summary>Runs one timer function to its end; a failed invocation throws what the function threw.</summary>
    public async Task InvokeAsync(string name, DateTime? last, CancellationToken cancellationToken)
    {
        var timer = timers.FirstOrDefault(t => t.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
            ?? throw new ArgumentException($"No timer function {name}.", nameof(name));
        var now = clock.GetUtcNow().UtcDateTime;
        var info = new TimerInfo
        {
            ScheduleStatus = new ScheduleStatus { Last = last ?? default, Next = timer.Schedule.GetNextOccurrence(now), LastUpdated = now },
            IsPastDue = false,
        };
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            await timer.Invoker.InvokeAsync(scope.ServiceProvider, new InvocationInput(null, info, cancellationToken)).ConfigureAwait(false);
        }
    }
}
