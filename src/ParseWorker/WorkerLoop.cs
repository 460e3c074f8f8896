using System.Globalization;
using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Pipeline.Parse;
using MigrationFeeds.Pipeline.Sources;

namespace MigrationFeeds.ParseWorker;

/// <summary>
/// Reads requests from standard input and answers each on standard output until the parent closes the pipe. Nothing
/// else may reach standard output, so the console writes to standard error.
/// </summary>
internal static class WorkerLoop
{
    public static async Task<int> RunAsync()
    {
        var cap = long.TryParse(Environment.GetEnvironmentVariable(ParseWorkerClient.MemoryCapVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var bytes) ? bytes : 0;
        if (cap > 0 && !MemoryCap.Apply(cap))
        {
            await Console.Error.WriteLineAsync("parse worker: the memory cap could not be set; the managed heap limit still holds").ConfigureAwait(false);
        }

        var input = Console.OpenStandardInput();
        var output = Console.OpenStandardOutput();
        Console.SetOut(Console.Error);
        WarmUp.Run();
        await ParseWorkerProtocol.WriteReadyAsync(output, CancellationToken.None).ConfigureAwait(false);
        while (await ParseWorkerProtocol.ReadRequestAsync(input, CancellationToken.None).ConfigureAwait(false) is var (request, content))
        {
            var reply = Parse(request, content);
            await ParseWorkerProtocol.WriteReplyAsync(output, reply, CancellationToken.None).ConfigureAwait(false);
            if (reply.Exiting)
            {
                return 3;
            }
        }

        return 0;
    }

    private static ParseReply Parse(ParseRequest request, byte[] content)
    {
        PeakMemory.Reset();
        try
        {
            var parser = ParserCatalog.ByFamily(request.Family, request.Explain);
            var result = parser is null
                ? ParseResult.Failure(new ParseIssue { Code = ParseIssueCodes.ParserError, Message = $"No parser of the family '{request.Family}'." })
                : parser.Parse(content, request.Context);
            return new ParseReply { Result = result, PeakMemoryBytes = PeakMemory.Read() };
        }
        catch (OutOfMemoryException)
        {
            // The heap limit: the worker's state after it is not to be trusted, so it answers and leaves.
            content = [];
            GC.Collect();
            return new ParseReply
            {
                Result = ParseResult.Failure(new ParseIssue { Code = ParseIssueCodes.MemoryLimit, Message = "Reading the document needed more memory than the parse worker is allowed." }),
                PeakMemoryBytes = PeakMemory.Read(),
                Exiting = true,
            };
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new ParseReply
            {
                Result = ParseResult.Failure(new ParseIssue { Code = ParseIssueCodes.ParserError, Message = $"The parser failed: {e.GetType().Name}: {e.Message}" }),
                PeakMemoryBytes = PeakMemory.Read(),
            };
        }
    }
}
