using System.Globalization;
using System.Text.Json;
using MigrationFeeds.Pipeline;
using MigrationFeeds.Pipeline.Query;
using Microsoft.Extensions.DependencyInjection;

namespace MigrationFeeds.Cli.Commands;

internal static class SeriesCommand
{
    public static async Task<int> RunAsync(CliArguments args, IServiceProvider services, TextWriter output, TextWriter error)
    {
        var (request, errors) = SeriesRequest.Create(args.Get("indicator"), args.Get("country"), args.Get("from"), args.Get("to"));
        if (request is null)
        {
            throw new CliUsageException(string.Join(" ", errors.Select(e => $"--{e.Key}: {string.Join(" ", e.Value)}")));
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
            "csv" => Csv(result),
            _ => Table(result),
        }).ConfigureAwait(false);
        if (result.Points.Count == 0)
        {
            await error.WriteLineAsync($"No {request.Indicator} figures for {request.Country} between {request.From} and {request.To}.").ConfigureAwait(false);
        }

        return 0;
    }

    private static string Table(SeriesResult result) => TextTable.Render(
        ["period", "value", "source", "page", "quote"],
        result.Points.Select(p => new[] { p.Period, Value(p), p.Source, p.Provenance.Page.ToString(CultureInfo.InvariantCulture), Short(p.Provenance.Quote) }));

    private static string Csv(SeriesResult result)
    {
        var lines = new List<string> { "country,indicator,period,value,low,high,approximate,source,document_url,page,quote" };
        lines.AddRange(result.Points.Select(p => string.Join(',',
            result.Country, result.Indicator, p.Period, N(p.Value), N(p.Low), N(p.High), p.Approximate ? "true" : "false",
            p.Source, Quote(p.Provenance.DocumentUrl), p.Provenance.Page.ToString(CultureInfo.InvariantCulture), Quote(p.Provenance.Quote))));
        return string.Join('\n', lines);
    }

    private static string Value(SeriesPoint p) =>
        p.Value is { } v ? N(v) : $"{N(p.Low)}-{N(p.High)}" + (p.Approximate ? " (approx.)" : "");

    private static string N(long? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static string Quote(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string Short(string text) => text.Length <= 70 ? text : text[..67] + "...";
}
