using System.Globalization;
using MigrationFeeds.Functions.Hosting;
using MigrationFeeds.Functions.Invocation;
using MigrationFeeds.Pipeline.Ingestion;

namespace MigrationFeeds.Functions.Endpoints;

/// <summary>
/// Timer invocations: the host (or the local scheduler, in the host's own format) posts to /{FunctionName}.
/// An ingest function is named <c>ingest-{sourceId}</c>.
/// </summary>
internal static partial class TimerEndpoints
{
    public const string IngestPrefix = "ingest-";

    public static void MapTimerFunctions(this IEndpointRouteBuilder app)
    {
        app.MapPost("/{function}", InvokeAsync).DisableRequestTimeout();
    }

    private static async Task<IResult> InvokeAsync(
        string function,
        InvocationRequest? request,
        IReadOnlyList<FunctionDefinition> functions,
        IngestService ingest,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var definition = functions.FirstOrDefault(f =>
            f.TriggerType == FunctionManifest.TimerTrigger && f.Name.Equals(function, StringComparison.OrdinalIgnoreCase));
        var source = definition is not null && definition.Name.StartsWith(IngestPrefix, StringComparison.Ordinal)
            ? ingest.Find(definition.Name[IngestPrefix.Length..])
            : null;
        if (definition is null || source is null)
        {
            return Results.Problem(statusCode: 404, title: "No such timer function", detail: function);
        }

        var timer = TimerInfo.From(request ?? new InvocationRequest(), definition.TriggerName);
        var logger = loggers.CreateLogger(typeof(TimerEndpoints));
        LogInvoked(logger, definition.Name, timer.IsPastDue);

        var summary = await ingest.RunAsync(source, cancellationToken).ConfigureAwait(false);
        var logs = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture,
                $"{summary.SourceId}: {summary.Outcome}; discovered {summary.Discovered}, fetched {summary.Fetched}, not modified {summary.NotModified}, parsed {summary.Parsed}, failed {summary.Failed}, observations written {summary.ObservationsWritten}"),
        };
        logs.AddRange(summary.Errors.Take(20));
        var body = new InvocationResponse { Logs = logs, ReturnValue = summary };

        // A source that could not be read at all fails the invocation, so the host records and alerts on it.
        return Results.Json(body, statusCode: summary.Outcome == RunOutcome.Failed ? 500 : 200);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Timer function {Function} invoked (past due: {IsPastDue})")]
    private static partial void LogInvoked(ILogger logger, string function, bool isPastDue);
}
