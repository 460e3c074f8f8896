using MigrationFeeds.Pipeline.Ingestion;
using Microsoft.Extensions.DependencyInjection;

namespace MigrationFeeds.Cli.Commands;

/// <summary><c>reparse [--source ID]</c>: parse the archived documents again with the current parsers, fetching nothing.</summary>
internal static class ReparseCommand
{
    public static async Task<int> RunAsync(CliArguments args, IServiceProvider services, TextWriter output, TextWriter error)
    {
        var ingest = services.GetRequiredService<IngestService>();
        var sources = ingest.Sources;
        if (args.Get("source") is { } id)
        {
            sources = ingest.Find(id) is { } one ? [one] : throw new CliUsageException($"Unknown source '{id}'. Known: {string.Join(", ", ingest.Sources.Select(s => s.Id))}.");
        }

        var summaries = new List<SourceRunSummary>();
        foreach (var source in sources)
        {
            summaries.Add(await ingest.ReparseAsync(source, CancellationToken.None).ConfigureAwait(false));
        }

        await output.WriteLineAsync(IngestCommand.Format(summaries)).ConfigureAwait(false);
        foreach (var s in summaries)
        {
            foreach (var e in s.Errors.Concat(s.Warnings))
            {
                await error.WriteLineAsync($"{s.SourceId}: {e}").ConfigureAwait(false);
            }
        }

        return summaries.Any(s => s.Outcome == RunOutcome.Failed) ? 2 : 0;
    }
}
