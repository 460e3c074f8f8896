using System.Globalization;
using System.Text.Json;
using MigrationFeeds.Pipeline;
using MigrationFeeds.Pipeline.Query;
using MigrationFeeds.Pipeline.Series;
using Microsoft.Extensions.DependencyInjection;

namespace MigrationFeeds.Cli.Commands;

internal static class SeriesCommand
{
    public static async Task<int> RunAsync(CliArguments args, IServiceProvider services, TextWriter output, TextWriter error)
    {
        var (request, errors) = SeriesRequest.Create(
            args.Get("indicator"), args.Get("country"), args.Get("from"), args.Get("to"), args.Get("site"), args.Get("as-of"), args.Get("source"), args.Get("reviewed"));
        if (request is null)
        {
            throw new CliUsageException(string.Join(" ", errors.Select(e => $"--{(e.Key == "asOf" ? "as-of" : e.Key)}: {string.Join(" ", e.Value)}")));
        }

        var format = args.Get("format") ?? "table";
        if (format is not ("table" or "csv" or "json"))
        {
            throw new CliUsageException("--format: one of table, csv, json.");
        }

        var result = await services.GetRequiredService<SeriesQuery>().GetAsync(request, CancellationToken.None).ConfigureAwait(false);
        await output.WriteLineAsync(format switch
        {
            "json" => JsonSerializer.Serialize(result, PipelineJson.Options),
            "csv" => SeriesCsv.Write(result, args.Has("hxl")).TrimEnd(),
            _ => Table(result),
        }).ConfigureAwait(false);
        if (result.Points.Count == 0)
        {
            await error.WriteLineAsync($"No {request.Indicator} figures for {string.Join(",", request.Countries)} between {request.From} and {request.To}.").ConfigureAwait(false);
        }

        return 0;
    }

    private static string Table(SeriesResult result) => TextTable.Render(
        ["country", "period", "value", "source", "flags", "page", "quote"],
        result.Points.Select(p => new[]
        {
            p.Country + (p.Site is null ? "" : "/" + p.Site),
            p.Period.ToString(),
            Value(p),
            p.Source,
            Flags(p),
            p.Provenance?.Page.ToString(CultureInfo.InvariantCulture) ?? "",
            Short(p.Provenance?.Quote ?? ""),
        }));

    private static string Flags(SeriesPoint p) => string.Join(' ', new[]
    {
        p.Derived ? "derived" : null,
        p.Conflict ? "conflict" : null,
        p.Complete == false ? "incomplete:" + string.Join('+', p.Coverage ?? []) : null,
    }.Concat(p.Flags.Select(f => f.Code).Where(c => c != SeriesChecks.Conflict).Distinct(StringComparer.Ordinal)).Where(f => f is not null));

    private static string Value(SeriesPoint p) =>
        p.Value is { } v ? v.ToString(CultureInfo.InvariantCulture)
        : $"{p.Low?.ToString(CultureInfo.InvariantCulture)}-{p.High?.ToString(CultureInfo.InvariantCulture)}" + (p.Approximate ? " (approx.)" : "");

    private static string Short(string text) => text.Length <= 70 ? text : text[..67] + "...";
}
