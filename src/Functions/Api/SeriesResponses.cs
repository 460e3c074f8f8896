using Microsoft.AspNetCore.Http;
using System.Buffers;
using System.Collections.Concurrent;
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
/// and tagged, for as long as the <see cref="SeriesStamp"/> they were built under holds, so a repeated query
/// costs a lookup rather than a table read, a serialisation and a hash. This is the one layer of memory on the query
/// path: keeping the series' points as well bought nothing measurable once the answers are kept (docs/performance.md).
/// An answer not kept under the current stamp is built once however many ask for it at the same time: a burst of the
/// same query after a refresh reads the table once, not once per request. Answers computed from observations are built
/// every time.
/// </summary>
internal sealed class SeriesResponses(
    SeriesQuery query, SeriesStamp stamps, Citations citations, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json, IOptions<ApiOptions> api)
    : IDisposable
{
    private const string JsonType = "application/json; charset=utf-8";
    private const string CsvType = "text/csv; charset=utf-8";

    private readonly MemoryCache answers = new(new MemoryCacheOptions { SizeLimit = Math.Max(1, api.Value.SeriesAnswerCacheMegabytes) * 1024L * 1024 });
    private readonly bool keep = api.Value.SeriesAnswerCacheMegabytes > 0;
    private readonly int maxAge = api.Value.CacheMaxAgeSeconds;
    private readonly TimeSpan buildDeadline = TimeSpan.FromSeconds(api.Value.RequestTimeoutSeconds);

    /// <summary>The builds under way, one per answer and stamp; each removes itself when done, failed or not.</summary>
    private readonly ConcurrentDictionary<(string Key, long Stamp), Lazy<Task<Answer>>> building = new();

    public async Task<IResult> GetAsync(SeriesRequest request, SeriesFormat format, CancellationToken cancellationToken)
    {
        if (!keep || request.AsOf is not null || request.Site is not null)
        {
            var buffer = await BuildAsync(request, format, cancellationToken).ConfigureAwait(false);
            return new TaggedBody(buffer.Written, TaggedBody.ETagOf(buffer.Written.Span), TypeOf(format), maxAge, buffer);
        }

        // Read before the series are: a change while this answer is built leaves it under a stamp already gone.
        var stamp = await stamps.CurrentAsync(cancellationToken).ConfigureAwait(false);

        // Citations name the day of retrieval, so an answer is kept for one day at most.
        var key = string.Join('|', string.Join(',', request.Indicators), string.Join(',', request.Countries), request.Source ?? "", request.FromOpen ? "" : request.From.ToString(), request.ToOpen ? "" : request.To.ToString(), request.ReviewedOnly ? "reviewed" : "all", format, citations.Today);
        if (!answers.TryGetValue(key, out Answer? answer) || answer!.Stamp != stamp)
        {
            var flight = building.GetOrAdd((key, stamp), f => new Lazy<Task<Answer>>(() => BuildOnceAsync(f, request, format)));

            // A caller who gives up (its client gone, its deadline passed) only stops waiting: the build goes on for the others.
            answer = await flight.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
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

    /// <summary>
    /// Builds and keeps one answer for everyone waiting on it. It runs under a deadline of its own, as long as a
    /// request's, and under no caller's token, so one caller's cancellation cannot fail the others; the deadline still
    /// ends a build stuck on storage, which would otherwise hold every later request for the same answer. A failed
    /// build is not kept: its waiters get the failure, and the next request builds again.
    /// </summary>
    private async Task<Answer> BuildOnceAsync((string Key, long Stamp) flight, SeriesRequest request, SeriesFormat format)
    {
        try
        {
            // A build that ended between a caller's look-up and its joining has kept what the caller wants.
            if (answers.TryGetValue(flight.Key, out Answer? kept) && kept!.Stamp == flight.Stamp)
            {
                return kept;
            }

            using var deadline = new CancellationTokenSource(buildDeadline);
            try
            {
                using var buffer = await BuildAsync(request, format, deadline.Token).ConfigureAwait(false);
                var bytes = buffer.Written.ToArray();
                var answer = new Answer(flight.Stamp, bytes, TaggedBody.ETagOf(bytes));
                answers.Set(flight.Key, answer, new MemoryCacheEntryOptions { Size = bytes.Length + flight.Key.Length });
                return answer;
            }
            catch (OperationCanceledException e) when (deadline.IsCancellationRequested)
            {
                // Its waiters' own deadlines have not all passed: they are told it timed out, not that they were cancelled.
                throw new TimeoutException("The answer was not built in time.", e);
            }
        }
        finally
        {
            // Only this build's own entry can be under its key: a new one is added only once this one is gone.
            building.TryRemove(flight, out _);
        }
    }

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
