using MigrationFeeds.Pipeline.Ingestion;
using MigrationFeeds.Pipeline.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace MigrationFeeds.Cli.Commands;

internal static class SourcesCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, TextWriter output)
    {
        var ingest = services.GetRequiredService<IngestService>();
        var runs = services.GetRequiredService<RunStore>();
        var rows = new List<string[]>();
        foreach (var source in ingest.Sources)
        {
            var latest = await runs.LatestAsync(source.Id, 20, CancellationToken.None).ConfigureAwait(false);
            var last = latest.FirstOrDefault();
            var lastGood = latest.FirstOrDefault(r => r.Outcome != RunOutcome.Failed);
            rows.Add(
            [
                source.Id,
                source.Publisher,
                last is null ? "never" : $"{last.Outcome} {last.FinishedAt:u}",
                lastGood is null ? "-" : lastGood.FinishedAt.ToString("u", System.Globalization.CultureInfo.InvariantCulture),
                latest.Select(r => r.LatestPeriod).FirstOrDefault(p => p is not null) ?? "-",
                last?.Warnings.FirstOrDefault() ?? last?.Errors.FirstOrDefault() ?? "",
            ]);
        }

        await output.WriteLineAsync(TextTable.Render(["source", "publisher", "last run", "last success", "latest period", "warning"], rows)).ConfigureAwait(false);
        return 0;
    }
}
