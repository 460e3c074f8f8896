using System.Diagnostics;
using System.Globalization;
using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Pipeline.Options;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MigrationFeeds.Pipeline.Parse;

/// <summary>
/// Parses documents in a long-lived child process, one at a time, as Apache Tika's forked parser does: a document that
/// overflows the stack, exhausts memory or runs past its budget takes down the worker, not the app. The worker runs
/// with a hard memory limit (DOTNET_GCHeapHardLimit, and RLIMIT_DATA it sets on itself); on a timeout it is killed,
/// and after any death it is started again for the next document.
/// </summary>
public sealed partial class ParseWorkerClient(IOptions<ParseOptions> options, IOptions<FetchOptions> fetchOptions, ILogger<ParseWorkerClient> logger) : IAsyncDisposable
{
    public const string WorkerAssembly = "MigrationFeeds.ParseWorker.dll";

    /// <summary>The environment variable the worker reads its operating-system memory cap from, in bytes.</summary>
    public const string MemoryCapVariable = "MIGRATIONFEEDS_PARSE_WORKER_MEMORY_BYTES";

    private const int StderrLinesKept = 20;

    private static readonly TimeSpan ReadyWithin = TimeSpan.FromSeconds(60);
    private readonly SemaphoreSlim gate = new(1, 1);
    private Worker? worker;

    /// <summary>Worker processes started so far (the first, and one after each death).</summary>
    public int Starts { get; private set; }

    /// <summary>The process id of the running worker; null when none runs.</summary>
    public int? WorkerProcessId => worker is { Process.HasExited: false } w ? w.Process.Id : null;

    public async Task<IsolatedParse> ParseAsync(IReportParser parser, ReadOnlyMemory<byte> content, DocumentContext context, CancellationToken cancellationToken, bool explain = false)
    {
        ArgumentNullException.ThrowIfNull(parser);
        var request = new ParseRequest { Family = parser.Family, Context = context, Explain = explain };
        var budget = TimeSpan.FromSeconds(fetchOptions.Value.ParseTimeoutSeconds);
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var current = worker is { Process.HasExited: false } w ? w : await StartAsync().ConfigureAwait(false);
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            deadline.CancelAfter(budget);
            try
            {
                await ParseWorkerProtocol.WriteRequestAsync(current.Input, request, content, deadline.Token).ConfigureAwait(false);
                var reply = await ParseWorkerProtocol.ReadReplyAsync(current.Output, deadline.Token).ConfigureAwait(false);
                if (reply is null)
                {
                    return await DiedAsync(current, context).ConfigureAwait(false);
                }

                if (reply.Exiting)
                {
                    await StopAsync(current).ConfigureAwait(false);
                    return new IsolatedParse { Result = reply.Result, End = ParseEnd.MemoryLimit, PeakMemoryBytes = reply.PeakMemoryBytes };
                }

                return new IsolatedParse { Result = reply.Result, End = ParseEnd.Answered, PeakMemoryBytes = reply.PeakMemoryBytes };
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                await StopAsync(current).ConfigureAwait(false);
                LogKilled(context.Url, budget.TotalSeconds);
                return Failed(ParseEnd.Timeout, ParseIssueCodes.Timeout, $"parsing took longer than {budget.TotalSeconds:0.#} s; the parse worker was stopped");
            }
            catch (OperationCanceledException)
            {
                await StopAsync(current).ConfigureAwait(false);
                throw;
            }
            catch (IOException)
            {
                // The pipe broke: the worker died while the document was sent or read.
                return await DiedAsync(current, context).ConfigureAwait(false);
            }
        }
        finally
        {
            gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (worker is { } w)
        {
            await StopAsync(w).ConfigureAwait(false);
        }

        gate.Dispose();
    }

    private async Task<IsolatedParse> DiedAsync(Worker current, DocumentContext context)
    {
        using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await current.Process.WaitForExitAsync(wait.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Its pipe is gone but it lingers: it is killed below.
        }

        var said = current.Stderr();
        var exit = current.Process.HasExited ? current.Process.ExitCode : (int?)null;
        await StopAsync(current).ConfigureAwait(false);
        var outOfMemory = current.OutOfMemory;
        var why = current.StackOverflow ? "a stack overflow"
            : outOfMemory ? "running out of memory"
            : $"exit code {exit?.ToString(CultureInfo.InvariantCulture) ?? "unknown"}";
        LogDied(context.Url, why);
        return outOfMemory
            ? Failed(ParseEnd.MemoryLimit, ParseIssueCodes.MemoryLimit, $"the parse worker ran out of its {options.Value.WorkerMemoryMegabytes} MB while reading the document")
            : Failed(ParseEnd.Crashed, ParseIssueCodes.WorkerCrashed, $"the parse worker died while reading the document ({why})");
    }

    private static IsolatedParse Failed(ParseEnd end, string code, string message) =>
        new() { End = end, Result = ParseResult.Failure(new ParseIssue { Code = code, Message = message }) };

    private async Task<Worker> StartAsync()
    {
        if (worker is { } old)
        {
            await StopAsync(old).ConfigureAwait(false);
        }

        var path = options.Value.WorkerPath ?? Path.Combine(AppContext.BaseDirectory, WorkerAssembly);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The parse worker {path} is missing; it is built beside the app (src/ParseWorker).", path);
        }

        var memory = options.Value.WorkerMemoryMegabytes * 1024L * 1024;
        var start = new ProcessStartInfo(DotnetHost.Path)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(path);
        start.Environment["DOTNET_GCHeapHardLimit"] = (memory / 4 * 3).ToString("X", CultureInfo.InvariantCulture);
        start.Environment["DOTNET_gcServer"] = "0";
        start.Environment[MemoryCapVariable] = memory.ToString(CultureInfo.InvariantCulture);
        var process = Process.Start(start) ?? throw new InvalidOperationException("The parse worker did not start.");
        var started = new Worker(process);
        process.ErrorDataReceived += (_, e) => started.Said(e.Data);
        process.BeginErrorReadLine();
        Starts++;
        worker = started;

        // The worker says it is ready before the first document, so its start-up never counts against a document's budget.
        using var ready = new CancellationTokenSource(ReadyWithin);
        bool isReady;
        try
        {
            isReady = await ParseWorkerProtocol.ReadReadyAsync(started.Output, ready.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (ready.IsCancellationRequested)
        {
            // A machine too busy to start a process in time: say so, rather than as a cancellation nobody asked for.
            await StopAsync(started).ConfigureAwait(false);
            throw new InvalidOperationException($"The parse worker did not say it was ready within {ReadyWithin.TotalSeconds:0} s.");
        }

        if (!isReady)
        {
            var said = started.Stderr();
            await StopAsync(started).ConfigureAwait(false);
            throw new InvalidOperationException($"The parse worker did not start: {said}");
        }

        LogStarted(process.Id, options.Value.WorkerMemoryMegabytes);
        return started;
    }

    private async Task StopAsync(Worker stopping)
    {
        try
        {
            if (!stopping.Process.HasExited)
            {
                stopping.Process.Kill(entireProcessTree: true);
            }

            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await stopping.Process.WaitForExitAsync(wait.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is InvalidOperationException or OperationCanceledException or System.ComponentModel.Win32Exception)
        {
            // Gone already, or it would not die in time; either way it is no longer ours.
        }

        stopping.Process.Dispose();
        if (ReferenceEquals(worker, stopping))
        {
            worker = null;
        }
    }

    private sealed class Worker(Process process)
    {
        private readonly Queue<string> stderr = new();

        public Process Process { get; } = process;
        public Stream Input { get; } = process.StandardInput.BaseStream;
        public Stream Output { get; } = process.StandardOutput.BaseStream;

        /// <summary>The runtime said "Stack overflow" before dying (the trace after it is long, so it is not kept).</summary>
        public bool StackOverflow { get; private set; }

        public bool OutOfMemory { get; private set; }

        public void Said(string? line)
        {
            if (line is null)
            {
                return;
            }

            StackOverflow |= line.Contains("Stack overflow", StringComparison.OrdinalIgnoreCase);
            OutOfMemory |= line.Contains("OutOfMemory", StringComparison.Ordinal) || line.Contains("out of memory", StringComparison.OrdinalIgnoreCase);
            lock (stderr)
            {
                stderr.Enqueue(line);
                if (stderr.Count > StderrLinesKept)
                {
                    stderr.Dequeue();
                }
            }
        }

        public string Stderr()
        {
            lock (stderr)
            {
                return string.Join('\n', stderr);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Parse worker {ProcessId} started with {MemoryMegabytes} MB")]
    private partial void LogStarted(int processId, int memoryMegabytes);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Parse worker stopped after {Seconds} s on {Url}")]
    private partial void LogKilled(string url, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Parse worker died on {Url}: {Reason}")]
    private partial void LogDied(string url, string reason);
}
