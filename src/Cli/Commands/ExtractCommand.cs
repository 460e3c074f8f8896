using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Pipeline;
using MigrationFeeds.Pipeline.Options;
using MigrationFeeds.Pipeline.Parse;
using MigrationFeeds.Pipeline.Sources;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace MigrationFeeds.Cli.Commands;

/// <summary>
/// <c>extract FILE...</c>: figures in local files as JSON Lines. The output is a fixed contract other tools
/// read: exactly the fields of <see cref="ExtractedLine"/>, one object per line.
/// </summary>
internal static class ExtractCommand
{
    /// <summary>Files larger than a document the pipeline fetches are refused before they are read.</summary>
    public static readonly long MaxFileBytes = new FetchOptions().MaxDocumentBytes;

    public static async Task<int> RunAsync(CliArguments args, TextWriter output, TextWriter error)
    {
        if (args.Positional.Count == 0)
        {
            throw new CliUsageException("extract needs at least one file.");
        }

        var unknown = args.OptionNames.Except(["country", "title", "published"], StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            throw new CliUsageException("Unknown option --" + unknown[0] + ".");
        }

        var country = args.Get("country")?.ToUpperInvariant();
        if (country is not null && !Countries.IsKnown(country))
        {
            throw new CliUsageException($"--country: one of {string.Join(", ", Countries.Six)}.");
        }

        DateOnly? published = null;
        if (args.Get("published") is { } p)
        {
            published = PeriodText.TryParseDay(p, out var d)
                ? d
                : throw new CliUsageException("--published: a date written YYYY-MM-DD.");
        }

        var explain = args.Has("explain");
        var parser = ParserCatalog.ForExtraction;
        var exit = 0;

        // One parse worker for every file: a crafted file takes it down, not the command, and the next file gets a new one.
        await using var worker = new ParseWorkerClient(Options.Create(new ParseOptions()), Options.Create(new FetchOptions()), NullLogger<ParseWorkerClient>.Instance);
        foreach (var file in args.Positional)
        {
            byte[] bytes;
            try
            {
                var length = new FileInfo(file).Length;
                if (length > MaxFileBytes)
                {
                    await error.WriteLineAsync($"migrationfeeds: cannot read {file}: it has {length:N0} bytes; extract reads files of at most {MaxFileBytes:N0}").ConfigureAwait(false);
                    exit = 1;
                    continue;
                }

                bytes = await File.ReadAllBytesAsync(file).ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"migrationfeeds: cannot read {file}: {e.Message}");
                exit = 1;
                continue;
            }

            var context = new DocumentContext
            {
                Url = new Uri(Path.GetFullPath(file)).AbsoluteUri,
                ContentType = ContentTypeOf(file),
                DefaultCountry = country,
                Title = args.Get("title"),
                Published = published,
            };
            var result = (await worker.ParseAsync(parser, bytes, context, CancellationToken.None, explain).ConfigureAwait(false)).Result;
            if (result.Failed)
            {
                error.WriteLine($"migrationfeeds: cannot read {file}: {string.Join("; ", result.Issues.Select(i => i.Message))}");
                exit = 1;
                continue;
            }

            foreach (var f in result.Figures)
            {
                output.WriteLine(JsonSerializer.Serialize(ExtractedLine.From(file, f), PipelineJson.Options));
            }

            if (explain)
            {
                foreach (var issue in result.Issues)
                {
                    var quote = issue.Quote is null ? string.Empty : $" in \"{issue.Quote}\"";
                    error.WriteLine($"{file}: page {issue.Page?.ToString(CultureInfo.InvariantCulture) ?? "-"}: {issue.Code}: {issue.Message}{quote}");
                }
            }
        }

        return exit;
    }

    private static string ContentTypeOf(string file) => Path.GetExtension(file).ToLowerInvariant() switch
    {
        ".pdf" => "application/pdf",
        ".html" or ".htm" => "text/html",
        ".txt" => "text/plain",
        _ => "application/octet-stream",
    };
}

/// <summary>One line of <c>extract</c> output.</summary>
internal sealed record ExtractedLine
{
    [JsonPropertyName("file")] public required string File { get; init; }
    [JsonPropertyName("country")] public required string Country { get; init; }
    [JsonPropertyName("site")] public string? Site { get; init; }
    [JsonPropertyName("indicator")] public required string Indicator { get; init; }
    [JsonPropertyName("measure")] public required string Measure { get; init; }
    [JsonPropertyName("period")] public required string Period { get; init; }
    [JsonPropertyName("value")] public long? Value { get; init; }
    [JsonPropertyName("low")] public long? Low { get; init; }
    [JsonPropertyName("high")] public long? High { get; init; }
    [JsonPropertyName("approximate")] public bool Approximate { get; init; }
    [JsonPropertyName("page")] public int Page { get; init; }
    [JsonPropertyName("quote")] public required string Quote { get; init; }
    [JsonPropertyName("confidence")] public double Confidence { get; init; }

    public static ExtractedLine From(string file, Figure f) => new()
    {
        File = file,
        Country = f.Country,
        Site = f.Site,
        Indicator = f.Indicator,
        Measure = f.Measure,
        Period = f.Period,
        Value = f.Value,
        Low = f.Low,
        High = f.High,
        Approximate = f.Approximate,
        Page = f.Page,
        Quote = f.Quote,
        Confidence = f.Confidence,
    };
}
