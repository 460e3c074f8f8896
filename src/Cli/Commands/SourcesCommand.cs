using System.Globalization;
using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Pipeline.Query;
using Microsoft.Extensions.DependencyInjection;

namespace MigrationFeeds.Cli.Commands;

internal static class SourcesCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, TextWriter output)
    {
        var catalog = await services.GetRequiredService<CatalogQuery>().GetAsync(CancellationToken.None).ConfigureAwait(false);
        var rows = catalog.Sources.Select(s => new[]
        {
            s.Id,
            s.Publisher,
            s.LastRun is { } run ? $"{s.LastOutcome} {run:u}" : "never",
            s.LastSuccess?.ToString("u", CultureInfo.InvariantCulture) ?? "-",
            s.LatestPeriod?.ToString() ?? "-",
            Freshness(s),
            s.Warning ?? "",
        });
        await output.WriteLineAsync(TextTable.Render(["source", "publisher", "last run", "last success", "latest period", "freshness", "warning"], rows)).ConfigureAwait(false);
        return 0;
    }

    /// <summary>A <c>stale</c> source stands out; a fresh one says when it would turn stale.</summary>
    private static string Freshness(SourceEntry s) => s.StaleFrom is not { } from
        ? "-"
        : (s.Stale ? "stale since " + Day(from) : "fresh until " + Day(from.AddDays(-1))) + " (" + s.Cadence + ")";

    private static string Day(DateOnly day) => PeriodText.Day(day);
}
