using System.Globalization;
using MigrationFeeds.Pipeline.Ingestion;
using MigrationFeeds.Pipeline.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace MigrationFeeds.Cli.Commands;

/// <summary>
/// <c>retry</c>: the failed documents whose next attempt is due, fetched and parsed again (what the
/// <c>retry-failed-documents</c> timer does), then the summary of those runs and the documents still waiting or given up on.
/// </summary>
internal static class RetryCommand
{
    public static async Task<int> RunAsync(CliArguments args, IServiceProvider services, TextWriter output, TextWriter error)
    {
        IReadOnlyList<SourceRunSummary> summaries;
        using (args.Has("quiet") ? null : new ProgressPrinter(error))
        {
            summaries = await services.GetRequiredService<FailedDocumentRetry>().RunDueAsync(CancellationToken.None).ConfigureAwait(false);
        }

        if (summaries.Count == 0)
        {
            await output.WriteLineAsync("No failed document is due for a retry.").ConfigureAwait(false);
        }

        var status = summaries.Count == 0 ? 0 : await IngestCommand.ReportAsync(summaries, services, output, error).ConfigureAwait(false);
        var left = await services.GetRequiredService<FailedDocumentStore>().ListAllAsync(CancellationToken.None).ConfigureAwait(false);
        await output.WriteLineAsync().ConfigureAwait(false);
        await output.WriteLineAsync(Format(left)).ConfigureAwait(false);
        return status;
    }

    internal static string Format(IReadOnlyList<FailedDocument> failed)
    {
        var rows = failed.OrderBy(f => f.SourceId, StringComparer.Ordinal).ThenBy(f => f.Document.Url.AbsoluteUri, StringComparer.Ordinal).Select(f => new[]
        {
            f.SourceId,
            f.Document.Url.AbsoluteUri,
            f.Attempts.ToString(CultureInfo.InvariantCulture),
            f.LastErrorCode,
            f.NextAttemptAt is { } next ? next.ToString("u", CultureInfo.InvariantCulture) : "gave up",
        });
        return TextTable.Render(["source", "failed document", "attempts", "last error", "next attempt"], rows);
    }
}
