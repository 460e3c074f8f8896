using System.Globalization;
using MigrationFeeds.Pipeline.Ingestion;
using MigrationFeeds.Pipeline.Query;
using MigrationFeeds.Pipeline.Snapshot;
using MigrationFeeds.Pipeline.Sources;
using MigrationFeeds.Pipeline.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace MigrationFeeds.Cli.Commands;

/// <summary>
/// <c>ingest</c> and <c>reparse</c>: a run per source (all, or <c>--source ID</c>), then a summary table. The exit status
/// adds up what happened: 0 when every source succeeded, plus <see cref="SourceFailed"/>, <see cref="Partial"/> and
/// <see cref="Skipped"/> for each kind of trouble in the run.
/// </summary>
internal static class IngestCommand
{
    /// <summary>A source could not be read at all (its listing, storage).</summary>
    public const int SourceFailed = 2;

    /// <summary>Some documents failed; the rest of their sources were stored.</summary>
    public const int Partial = 4;

    /// <summary>A source was skipped: another run held its lease.</summary>
    public const int Skipped = 8;

    public static Task<int> IngestAsync(CliArguments args, IServiceProvider services, TextWriter output, TextWriter error) =>
        RunAsync(args, services, output, error, (ingest, source) => ingest.RunAsync(source, CancellationToken.None));

    public static Task<int> ReparseAsync(CliArguments args, IServiceProvider services, TextWriter output, TextWriter error) =>
        RunAsync(args, services, output, error, (ingest, source) => ingest.ReparseAsync(source, CancellationToken.None));

    private static async Task<int> RunAsync(
        CliArguments args, IServiceProvider services, TextWriter output, TextWriter error, Func<IngestService, ISource, Task<SourceRunSummary>> run)
    {
        var ingest = services.GetRequiredService<IngestService>();
        var sources = ingest.Sources;
        if (args.Get("source") is { } id)
        {
            sources = ingest.Find(id) is { } one ? [one] : throw new CliUsageException($"Unknown source '{id}'. Known: {string.Join(", ", ingest.Sources.Select(s => s.Id))}.");
        }

        var summaries = new List<SourceRunSummary>();
        using (args.Has("quiet") ? null : new ProgressPrinter(error))
        {
            foreach (var source in sources)
            {
                summaries.Add(await run(ingest, source).ConfigureAwait(false));
            }
        }

        return await ReportAsync(summaries, services, output, error).ConfigureAwait(false);
    }

    /// <summary>The summary table, what the store covers, the errors and warnings on stderr; the exit status.</summary>
    internal static async Task<int> ReportAsync(IReadOnlyList<SourceRunSummary> summaries, IServiceProvider services, TextWriter output, TextWriter error)
    {
        var reconstructions = services.GetRequiredService<ReconstructionManifest>();
        await output.WriteLineAsync(Format(summaries, reconstructions)).ConfigureAwait(false);
        if (reconstructions.Active)
        {
            await output.WriteLineAsync().ConfigureAwait(false);
            await output.WriteLineAsync(FormatReconstruction(summaries, reconstructions)).ConfigureAwait(false);
        }

        var coverage = await services.GetRequiredService<CoverageQuery>().GetAsync(CancellationToken.None).ConfigureAwait(false);
        await output.WriteLineAsync().ConfigureAwait(false);
        await output.WriteLineAsync(FormatCoverage(coverage)).ConfigureAwait(false);
        foreach (var s in summaries)
        {
            foreach (var e in s.Errors.Concat(s.Warnings))
            {
                await error.WriteLineAsync($"{s.SourceId}: {e}").ConfigureAwait(false);
            }
        }

        return ExitStatus(summaries);
    }

    internal static int ExitStatus(IReadOnlyList<SourceRunSummary> summaries) =>
        (summaries.Any(s => s.Outcome == RunOutcome.Failed) ? SourceFailed : 0)
        | (summaries.Any(s => s.Outcome == RunOutcome.Partial) ? Partial : 0)
        | (summaries.Any(s => s.Outcome == RunOutcome.Skipped) ? Skipped : 0);

    internal static string Format(IReadOnlyList<SourceRunSummary> summaries, ReconstructionManifest? reconstructions = null)
    {
        string[] header = ["source", "outcome", "discovered", "fetched", "not modified", "parsed", "failed", "quarantined", "observations", "latest period"];
        var rows = summaries.Select(s => new[]
        {
            s.SourceId, s.Outcome, N(s.Discovered), N(s.Fetched), N(s.NotModified), N(s.Parsed), N(s.Failed), N(s.Quarantined), N(s.ObservationsWritten), s.LatestPeriod?.ToString() ?? "-",
        });
        if (reconstructions is { Active: true })
        {
            // A snapshot run: say beside each source how much of what it recorded is real.
            header = [.. header, "real figures"];
            rows = rows.Zip(summaries, (row, s) => (string[])[.. row, Share(reconstructions.ShareOf(s.SourceId))]);
        }

        return TextTable.Render(header, rows);
    }

    /// <summary>The closing line of a snapshot run: the documents are reconstructions, and how many of their figures are real.</summary>
    internal static string FormatReconstruction(IReadOnlyList<SourceRunSummary> summaries, ReconstructionManifest reconstructions)
    {
        var shares = summaries.Select(s => reconstructions.ShareOf(s.SourceId)).OfType<ReconstructionShare>().ToList();
        var figures = shares.Sum(s => s.Figures);
        var real = shares.Sum(s => s.Real);
        var share = figures == 0 ? 0 : (double)real / figures;
        return string.Create(CultureInfo.InvariantCulture,
            $"Snapshot run: every document is a reconstruction of a publication. {real} of its {figures} figures ({share:P1}) are real, each traceable to the publication its manifest names; the others are stand-ins. See seeds/snapshot/manifest/summary.json.");
    }

    private static string Share(ReconstructionShare? share) =>
        share is null ? "-" : string.Create(CultureInfo.InvariantCulture, $"{share.Real}/{share.Figures} ({share.Share:P1})");

    /// <summary>What the store holds per country after the run, so a country nobody feeds stands out.</summary>
    internal static string FormatCoverage(IReadOnlyList<CountryCoverage> coverage)
    {
        var rows = coverage.Select(c => new[]
        {
            c.Country.Code, N(c.Observations), N(c.Sources.Count), N(c.Indicators), c.FirstPeriod, c.LatestPeriod, string.Join(' ', c.Sources),
        });
        return TextTable.Render(["country", "observations", "sources", "indicators", "first period", "latest period", "from"], rows);
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
