using System.Globalization;
using MigrationFeeds.Pipeline.Ingestion;
using Microsoft.Extensions.DependencyInjection;

namespace MigrationFeeds.Cli.Commands;

internal static class IngestCommand
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
            summaries.Add(await ingest.RunAsync(source, CancellationToken.None).ConfigureAwait(false));
        }

        await output.WriteLineAsync(Format(summaries)).ConfigureAwait(false);
        foreach (var s in summaries)
        {
            foreach (var e in s.Errors.Concat(s.Warnings))
            {
                await error.WriteLineAsync($"{s.SourceId}: {e}").ConfigureAwait(false);
            }
        }

        return summaries.Any(s => s.Outcome == RunOutcome.Failed) ? 2 : 0;
    }

    internal static string Format(IReadOnlyList<SourceRunSummary> summaries)
    {
        var rows = summaries.Select(s => new[]
        {
            s.SourceId, s.Outcome, N(s.Discovered), N(s.Fetched), N(s.NotModified), N(s.Parsed), N(s.Failed), N(s.ObservationsWritten), s.LatestPeriod ?? "-",
        });
        return TextTable.Render(["source", "outcome", "discovered", "fetched", "not modified", "parsed", "failed", "observations", "latest period"], rows);
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
