using Microsoft.AspNetCore.Http;
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
/// The bytes of /api/series answers. Answers of the current series (no asOf, site or source) are kept, serialised
/// and tagged, for as long as the <see cref="SeriesCache"/> stamp they were built under holds, so a repeated query
/// costs a lookup rather than a serialisation and a hash. Answers computed from observations are built every time.
/// </summary>
internal sealed class SeriesResponses(SeriesQuery query, SeriesCache series, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json, IOptions<ApiOptions> api)
    : IDisposable
{
    private const string JsonType = "application/json; charset=utf-8";
    private const string CsvType = "text/csv; charset=utf-8";

    private readonly MemoryCache answers = new(new MemoryCacheOptions { SizeLimit = Math.Max(1, api.Value.SeriesAnswerCacheMegabytes) * 1024L * 1024 });
    private readonly bool keep = api.Value.SeriesAnswerCacheMegabytes > 0;
    private readonly int maxAge = api.Value.CacheMaxAgeSeconds;

    public async Task<IResult> GetAsync(SeriesRequest request, bool csv, bool hxl, CancellationToken cancellationToken)
    {
        if (!keep || request.AsOf is not null || request.Site is not null || request.Source is not null)
        {
            var buffer = await BuildAsync(request, csv, hxl, cancellationToken).ConfigureAwait(false);
            return new TaggedBody(buffer.Written, TaggedBody.ETagOf(buffer.Written.Span), csv ? CsvType : JsonType, maxAge, buffer);
        }

        // Read before the series are: a change while this answer is built leaves it under a stamp already gone.
        var stamp = await series.StampAsync(cancellationToken).ConfigureAwait(false);
        var key = string.Join('|', string.Join(',', request.IndicatorCodes), string.Join(',', request.Countries), request.FromOpen ? "" : request.From, request.ToOpen ? "" : request.To, csv ? (hxl ? "csv+hxl" : "csv") : "json");
        if (!answers.TryGetValue(key, out Answer? answer) || answer!.Stamp != stamp)
        {
            using var buffer = await BuildAsync(request, csv, hxl, cancellationToken).ConfigureAwait(false);
            var bytes = buffer.Written.ToArray();
            answer = new Answer(stamp, bytes, TaggedBody.ETagOf(bytes));
            answers.Set(key, answer, new MemoryCacheEntryOptions { Size = bytes.Length + key.Length });
        }

        return new TaggedBody(answer.Body, answer.ETag, csv ? CsvType : JsonType, maxAge);
    }

    public void Dispose() => answers.Dispose();

    private async Task<PooledBuffer> BuildAsync(SeriesRequest request, bool csv, bool hxl, CancellationToken cancellationToken)
    {
        var result = await query.GetAsync(request, cancellationToken).ConfigureAwait(false);
        var body = new PooledBuffer();
        if (csv)
        {
            Encoding.UTF8.GetBytes(SeriesCsv.Write(result, hxl), body);
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
