using Microsoft.AspNetCore.Http;
using System.Buffers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using MigrationFeeds.Functions.Hosting;
using MigrationFeeds.Functions.Http;
using MigrationFeeds.Pipeline.Query;
using MigrationFeeds.Pipeline.Series;

namespace MigrationFeeds.Functions.Api;

/// <summary>
/// The bytes of /api/series answers. Answers of the current series (no asOf or site) are kept, serialised
/// and tagged, for as long as the <see cref="SeriesStamp"/> stamp they were built under holds, so a repeated query
/// costs a lookup rather than a table read, a serialisation and a hash. This is the one layer of memory on the query
/// path: keeping the series' points as well bought nothing measurable once the answers are kept (docs/performance.md).
/// Answers computed from observations are built every time.
/// </summary>
internal sealed class SeriesResponses(
    SeriesQuery query, SeriesStamp series, Citations citations, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json, IOptions<ApiOptions> api)
    : IDisposable
{
    private const string JsonType = "application/json; charset=utf-8";
    private const string CsvType = "text/csv; charset=utf-8";

    private readonly MemoryCache answers = new(new MemoryCacheOptions { SizeLimit = Math.Max(1, api.Value.SeriesAnswerCacheMegabytes) * 1024L * 1024 });
    private readonly bool keep = api.Value.SeriesAnswerCacheMegabytes > 0;
    private readonly int maxAge = api.Value.CacheMaxAgeSeconds;

    public async Task<IResult> GetAsync(SeriesRequest request, SeriesFormat format, CancellationToken cancellationToken)
    {
        if (!keep || request.AsOf is not null || request.Site is not null)
        {
            var buffer = await BuildAsync(request, format, cancellationToken).ConfigureAwait(false);
            return new TaggedBody(buffer.Written, TaggedBody.ETagOf(buffer.Written.Span), TypeOf(format), maxAge, buffer);
        }

        // Read before the series are: a change while this answer is built leaves it under a stamp already gone.
        var stamp = await series.CurrentAsync(cancellationToken).ConfigureAwait(false);

        // Citations name the day of retrieval, so an answer is kept for one day at most.
        var key = string.Join('|', string.Join(',', request.Indicators), string.Join(',', request.Countries), request.Source ?? "", request.FromOpen ? "" : request.From.ToString(), request.ToOpen ? "" : request.To.ToString(), request.ReviewedOnly ? "reviewed" : "all", format, citations.Today);
        if (!answers.TryGetValue(key, out Answer? answer) || answer!.Stamp != stamp)
        {
            using var buffer = await BuildAsync(request, format, cancellationToken).ConfigureAwait(false);
            var bytes = buffer.Written.ToArray();
            answer = new Answer(stamp, bytes, TaggedBody.ETagOf(bytes));
            answers.Set(key, answer, new MemoryCacheEntryOptions { Size = bytes.Length + key.Length });
        }

        return new TaggedBody(answer.Body, answer.ETag, TypeOf(format), maxAge);
    }

    private static string TypeOf(SeriesFormat format) => format.Kind switch
    {
        SeriesFormat.Csv => CsvType,
        SeriesFormat.Xlsx => SeriesXlsx.ContentType,
        _ => JsonType,
    };

    public void Dispose() => answers.Dispose();

    private async Task<PooledBuffer> BuildAsync(SeriesRequest request, SeriesFormat format, CancellationToken cancellationToken)
    {
        var result = await query.GetAsync(request, cancellationToken).ConfigureAwait(false);
        var body = new PooledBuffer();
        if (format.Kind == SeriesFormat.Csv)
        {
            // The byte order mark tells Excel the file is UTF-8, so Borići stays Borići.
            if (format.Bom)
            {
                body.Write(Encoding.UTF8.Preamble);
            }

            Encoding.UTF8.GetBytes(SeriesCsv.Write(result, format.Hxl), body);
            return body;
        }

        if (format.Kind == SeriesFormat.Xlsx)
        {
            using var workbook = new MemoryStream();
            SeriesXlsx.Write(result, citations.Today, workbook);
            body.Write(workbook.GetBuffer().AsSpan(0, (int)workbook.Length));
            return body;
        }

        // The same bytes Results.Ok writes, complete before the first is sent so they can be hashed.
        var options = json.Value.SerializerOptions;
        using var writer = new Utf8JsonWriter(body, new JsonWriterOptions
        {
            Encoder = options.Encoder,
            Indented = options.WriteIndented,
            IndentCharacter = options.IndentCharacter,
            IndentSize = options.IndentSize,
            NewLine = options.NewLine,
            MaxDepth = options.MaxDepth,
            SkipValidation = true,
        });
        JsonSerializer.Serialize(writer, result, options);
        return body;
    }

    private sealed record Answer(long Stamp, byte[] Body, string ETag);
}

/// <summary>How a series is written: <c>json</c>, <c>csv</c> (optionally HXL-tagged, optionally with a byte order mark) or <c>xlsx</c>.</summary>
internal sealed record SeriesFormat(string Kind, bool Hxl = false, bool Bom = false)
{
    public const string Json = "json";
    public const string Csv = "csv";
    public const string Xlsx = "xlsx";
}
