using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Net.Http.Headers;
using MigrationFeeds.TestSupport;

namespace MigrationFeeds.Reliability.Tests.Support;

/// <summary>
/// The publishers on loopback (Kestrel in the test process), serving the recorded snapshot under its own
/// origin: <c>https://host/path?query</c> is served at <c>http://127.0.0.1:port/host/path?query</c>, and
/// ReliefWeb's absolute links in served bodies point back here. Conditional requests are honoured. A fault
/// plan makes single URLs misbehave; every answer is logged with the bytes it completed.
/// </summary>
internal sealed class FakeUpstream : IAsyncDisposable
{
    private static readonly string[] RewrittenHosts = ["https://reliefweb.int/", "https://api.reliefweb.int/"];

    private readonly WebApplication app;
    private readonly Dictionary<string, Entry> entries;
    private readonly ConcurrentDictionary<string, Fault> faults = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> faultHits = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<Served> log = new();

    private FakeUpstream(WebApplication app, int port, Dictionary<string, Entry> entries)
    {
        this.app = app;
        this.entries = entries;
        Origin = new Uri($"http://127.0.0.1:{port}/");
    }

    public Uri Origin { get; }

    /// <summary>ReliefWeb's API base under this origin, for <c>ReliefWeb:BaseUri</c>.</summary>
    public Uri ReliefWebApi => Local("https://api.reliefweb.int/v2/");

    public IReadOnlyList<Served> Log => [.. log];

    /// <summary>Where a recorded URL is served here.</summary>
    public Uri Local(string recordedUrl) => new(Origin, LocalPath(new Uri(recordedUrl)));

    /// <summary>
    /// The publisher's host, with its port when not the default (INSTAT's database is on 8083), as the first
    /// segment; "./" keeps a "host:port" segment from being read as a scheme.
    /// </summary>
    internal static string LocalPath(Uri url) => "./" + url.Authority + url.PathAndQuery;

    /// <summary>The recorded bytes of a URL, before links are pointed here.</summary>
    public byte[] Recorded(string recordedUrl) => File.ReadAllBytes(entries[Key(new Uri(recordedUrl))].File);

    /// <summary>The snapshot file a recorded URL is served from, relative to seeds/snapshot.</summary>
    public string RecordedFile(string recordedUrl) => Path.GetRelativePath(RepoRoot.Combine("seeds", "snapshot"), entries[Key(new Uri(recordedUrl))].File);

    public void Inject(string recordedUrl, Fault fault)
    {
        faults[Key(new Uri(recordedUrl))] = fault;
        ReliabilityReport.FaultInjected();
    }

    public void Heal() => faults.Clear();

    public int RequestsTo(string recordedUrl) => log.Count(s => s.Key == Key(new Uri(recordedUrl)));

    public static async Task<FakeUpstream> StartAsync()
    {
        var port = FreePort.Next();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        var upstream = new FakeUpstream(app, port, LoadSnapshot());
        app.Run(upstream.HandleAsync);
        await app.StartAsync();
        return upstream;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    /// <summary>The recorded URL a request here stands for, keyed as the replay matches it (query as a set, without appname).</summary>
    internal static string Key(Uri url)
    {
        var query = HttpUtility.ParseQueryString(url.Query);
        var pairs = new List<string>();
        foreach (var name in query.AllKeys)
        {
            if (name is null || name.Equals("appname", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            pairs.AddRange((query.GetValues(name) ?? []).Select(v => name + "=" + v));
        }

        pairs.Sort(StringComparer.Ordinal);
        return url.GetLeftPart(UriPartial.Path) + "?" + string.Join('&', pairs);
    }

    private static Dictionary<string, Entry> LoadSnapshot()
    {
        var entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
        foreach (var index in Directory.EnumerateFiles(RepoRoot.Combine("seeds", "snapshot"), "index.json", SearchOption.AllDirectories))
        {
            using var json = JsonDocument.Parse(File.ReadAllText(index));
            foreach (var e in json.RootElement.GetProperty("entries").EnumerateArray())
            {
                var url = e.GetProperty("url").GetString()!;
                entries[Key(new Uri(url))] = new Entry(
                    Path.Combine(Path.GetDirectoryName(index)!, e.GetProperty("file").GetString()!),
                    e.GetProperty("contentType").GetString()!,
                    e.TryGetProperty("etag", out var etag) ? etag.GetString() : null,
                    e.TryGetProperty("lastModified", out var lm) ? DateTimeOffset.Parse(lm.GetString()!, System.Globalization.CultureInfo.InvariantCulture) : null);
            }
        }

        return entries;
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        var slash = path.IndexOf('/', 1);
        var host = slash < 0 ? path[1..] : path[1..slash];
        var rest = slash < 0 ? "/" : path[slash..];
        var key = Key(new Uri("https://" + host + rest + context.Request.QueryString.Value));
        var started = DateTimeOffset.UtcNow;

        if (faults.TryGetValue(key, out var fault))
        {
            var hit = faultHits.AddOrUpdate(key, 1, (_, n) => n + 1);
            if (await MisbehaveAsync(context, key, fault, hit, started))
            {
                return;
            }
        }

        if (!entries.TryGetValue(key, out var entry))
        {
            context.Response.StatusCode = 404;
            log.Enqueue(new Served(key, started, 404, null));
            return;
        }

        var etag = entry.ETag;
        var requestTags = context.Request.Headers.IfNoneMatch.ToString();
        var notModified = etag is not null && requestTags.Contains(etag, StringComparison.Ordinal)
            || (requestTags.Length == 0 && entry.LastModified is { } lm
                && DateTimeOffset.TryParse(context.Request.Headers.IfModifiedSince.ToString(), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var since)
                && since >= lm);
        if (etag is not null)
        {
            context.Response.Headers.ETag = etag;
        }

        if (entry.LastModified is { } modified)
        {
            context.Response.Headers.LastModified = modified.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        }

        if (notModified)
        {
            context.Response.StatusCode = 304;
            log.Enqueue(new Served(key, started, 304, null));
            return;
        }

        var bytes = await File.ReadAllBytesAsync(entry.File, context.RequestAborted);
        if (entry.ContentType.StartsWith("text/html", StringComparison.Ordinal) || entry.ContentType.StartsWith("application/json", StringComparison.Ordinal))
        {
            var text = Encoding.UTF8.GetString(bytes);
            foreach (var h in RewrittenHosts)
            {
                text = text.Replace(h, Origin.AbsoluteUri + h["https://".Length..], StringComparison.Ordinal);
            }

            bytes = Encoding.UTF8.GetBytes(text);
        }

        await WriteAsync(context, key, started, 200, entry.ContentType, bytes);
    }

    /// <summary>Acts out a fault; false when the request is to be served normally after all.</summary>
    private async Task<bool> MisbehaveAsync(HttpContext context, string key, Fault fault, int hit, DateTimeOffset started)
    {
        switch (fault)
        {
            case Fault.Status s when hit <= s.Times:
                context.Response.StatusCode = s.Code;
                if (s.RetryAfter is not null)
                {
                    context.Response.Headers.RetryAfter = s.RetryAfter;
                }

                await context.Response.WriteAsync("upstream says " + s.Code, context.RequestAborted);
                log.Enqueue(new Served(key, started, s.Code, null));
                return true;
            case Fault.Status:
                return false;
            case Fault.Delay d:
                try
                {
                    await Task.Delay(d.Wait, context.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                    log.Enqueue(new Served(key, started, 0, null));
                    return true;
                }

                return false;
            case Fault.ResetMidBody:
                var whole = await File.ReadAllBytesAsync(entries[key].File, context.RequestAborted);
                context.Response.ContentType = entries[key].ContentType;
                context.Response.ContentLength = whole.Length;
                await context.Response.Body.WriteAsync(whole.AsMemory(0, whole.Length / 2), context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
                // Let the headers and the first half reach the client, so the cut comes while it reads the body.
                await Task.Delay(200, context.RequestAborted);
                context.Abort();
                log.Enqueue(new Served(key, started, 0, null));
                return true;
            case Fault.RedirectLoop:
                context.Response.StatusCode = 302;
                context.Response.Headers.Location = context.Request.Path.Value + context.Request.QueryString.Value;
                log.Enqueue(new Served(key, started, 302, null));
                return true;
            case Fault.Redirect r:
                context.Response.StatusCode = 302;
                context.Response.Headers.Location = r.Location;
                log.Enqueue(new Served(key, started, 302, null));
                return true;
            case Fault.Body b:
                var requestTags = context.Request.Headers.IfNoneMatch.ToString();
                context.Response.Headers.ETag = b.ETag;
                if (requestTags.Contains(b.ETag, StringComparison.Ordinal))
                {
                    context.Response.StatusCode = 304;
                    log.Enqueue(new Served(key, started, 304, null));
                    return true;
                }

                await WriteAsync(context, key, started, 200, b.ContentType, b.Content);
                return true;
            case Fault.Endless e:
                context.Response.ContentType = e.ContentType;
                var chunk = new byte[64 * 1024];
                long written = 0;
                try
                {
                    while (written < e.Bytes && !context.RequestAborted.IsCancellationRequested)
                    {
                        await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
                        written += chunk.Length;
                    }
                }
                catch (Exception x) when (x is OperationCanceledException or IOException or Microsoft.AspNetCore.Connections.ConnectionResetException)
                {
                    // The client stopped reading.
                }

                log.Enqueue(new Served(key, started, written >= e.Bytes ? 200 : 0, null) { BytesWritten = written });
                return true;
            default:
                throw new InvalidOperationException("Unknown fault " + fault);
        }
    }

    private async Task WriteAsync(HttpContext context, string key, DateTimeOffset started, int status, string contentType, byte[] bytes)
    {
        context.Response.StatusCode = status;
        context.Response.Headers[HeaderNames.ContentType] = contentType;
        context.Response.ContentLength = bytes.Length;
        await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
        log.Enqueue(new Served(key, started, status, Convert.ToHexStringLower(SHA256.HashData(bytes))) { BytesWritten = bytes.Length });
    }

    private sealed record Entry(string File, string ContentType, string? ETag, DateTimeOffset? LastModified);
}

/// <summary>One answer of the fake upstream: status 0 when the connection was cut; the SHA-256 of a complete body.</summary>
internal sealed record Served(string Key, DateTimeOffset At, int Status, string? Sha256)
{
    public long BytesWritten { get; init; }
}
