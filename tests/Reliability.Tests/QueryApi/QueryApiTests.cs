using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Pipeline.Ingestion;
using MigrationFeeds.Reliability.Tests.Support;
using MigrationFeeds.TestSupport;
using Xunit.Abstractions;

namespace MigrationFeeds.Reliability.Tests.QueryApi;

/// <summary>Bad input at the query API: refused with a 400 problem, never a 5xx, never a wider answer than asked for.</summary>
[Collection(StateAzuriteCollection.Name)]
public sealed class QueryApiTests(AzuriteServer azurite, ITestOutputHelper output)
{
    private const int Requests = 10_000;
    private const int Parallelism = 8;

    [Fact]
    public async Task Fuzz_TenThousandHostileRequests_AreAnsweredOrRefusedNeverFailed()
    {
        var settings = Harness.OfflineSettings(azurite, AzuriteServer.NewPrefix());
        await using (var services = Harness.Create(settings))
        {
            var summaries = await services.GetRequiredService<IngestService>().RunAllAsync(CancellationToken.None);
            ReliabilityReport.RunCompleted(summaries.Count);
        }

        await using var app = await App.StartAsync(settings);
        var seed = int.TryParse(Environment.GetEnvironmentVariable("MIGRATIONFEEDS_FUZZ_SEED"), out var s) ? s : Environment.TickCount;
        output.WriteLine($"fuzz seed {seed} (set MIGRATIONFEEDS_FUZZ_SEED to repeat)");
        var generator = new HostileRequests(seed);
        var requests = Enumerable.Range(0, Requests).Select(_ => generator.Next()).ToList();
        var problems = new ConcurrentBag<string>();
        var statuses = new ConcurrentDictionary<int, int>();
        var refused = 0;
        var serverErrors = 0;

        await Parallel.ForEachAsync(requests, new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, async (request, ct) =>
        {
            using var message = new HttpRequestMessage(HttpMethod.Get, new Uri(request.PathAndQuery, UriKind.Relative));
            using var response = await app.Client.SendAsync(message, ct);
            var status = (int)response.StatusCode;
            statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
            var body = await response.Content.ReadAsStringAsync(ct);
            var mediaType = response.Content.Headers.ContentType?.MediaType;
            var sent = message.RequestUri!.OriginalString;
            if (status >= 500)
            {
                Interlocked.Increment(ref serverErrors);
                problems.Add($"{status} for {Short(sent)}: {Short(body)}");
                return;
            }

            if (status is 414 or 431 || (status == 400 && mediaType is null && body.Length == 0 && KestrelRefuses(message.RequestUri!)))
            {
                // Kestrel's own refusals (an over-long request line or headers, a NUL in the path) before the app sees the request.
                Interlocked.Increment(ref refused);
                if (status is 414 or 431 && sent.Length < 8_000)
                {
                    problems.Add($"{status} for a short request {Short(sent)}");
                }

                return;
            }

            // The client removes dot segments: /api/dashboard/.. arrives as /api/, a path of one segment; a 405 there is tolerated.
            var methodNotAllowed = status == 405 && !message.RequestUri!.AbsolutePath.Trim('/').Contains('/', StringComparison.Ordinal);
            if (status is not (200 or 400 or 404) && !methodNotAllowed)
            {
                problems.Add($"{status} for {Short(sent)}");
            }

            if (status == 400 && mediaType != "application/problem+json")
            {
                problems.Add($"400 as {mediaType} for {Short(sent)}");
            }

            if (mediaType is "application/json" or "application/problem+json" && body.AsSpan().IndexOfAny('<', '>') >= 0)
            {
                problems.Add($"unescaped markup in {Short(sent)}: {Short(body)}");
            }

            if (status == 200)
            {
                var problem = CheckAnswer(request, body);
                if (problem is not null)
                {
                    problems.Add($"{problem}: {Short(sent)}");
                }
            }
        });

        ReliabilityReport.ServerErrors(serverErrors);
        output.WriteLine(string.Join(", ", statuses.OrderBy(kv => kv.Key).Select(kv => $"{kv.Key}: {kv.Value}")) + $"; {refused} refused by Kestrel");
        Assert.True(problems.IsEmpty, string.Join('\n', problems.Take(20)));
        Assert.True(statuses.GetValueOrDefault(200) > 500, "too few requests were valid to test what a 200 returns");
        Assert.True(statuses.GetValueOrDefault(400) > 1000, "too few requests were refused to test the refusals");
    }

    [Fact]
    public async Task Series_SpanOverTheMaximum_IsRefusedNamingTheParameter()
    {
        await using var app = await App.StartAsync(Harness.OfflineSettings(azurite, AzuriteServer.NewPrefix()));

        using var response = await app.Client.GetAsync(new Uri("api/series?indicator=arrivals&country=BIH&from=1990-01&to=2100-12", UriKind.Relative));

        await AssertProblemAsync(response, "to");
    }

    [Fact]
    public async Task Observations_PageSizeOverTheMaximum_IsRefusedNamingTheParameter()
    {
        await using var app = await App.StartAsync(Harness.OfflineSettings(azurite, AzuriteServer.NewPrefix()));

        using var response = await app.Client.GetAsync(new Uri("api/observations?indicator=arrivals&country=BIH&from=2022-01&to=2022-12&pageSize=1001", UriKind.Relative));

        await AssertProblemAsync(response, "pageSize");
    }

    [Fact]
    public async Task Query_StorageThatNeverAnswers_IsCutOffAtTheRequestTimeout()
    {
        using var blackHole = new TcpListener(IPAddress.Loopback, 0);
        blackHole.Start();
        var port = ((IPEndPoint)blackHole.LocalEndpoint).Port;
        var accepted = new List<Socket>();
        using var stop = new CancellationTokenSource();
        var accepting = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                accepted.Add(await blackHole.AcceptSocketAsync(stop.Token));
            }
        });
        var settings = Harness.OfflineSettings(azurite, AzuriteServer.NewPrefix());
        settings["Storage:ConnectionString"] = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=" + Convert.ToBase64String(new byte[64]) +
            $";BlobEndpoint=http://127.0.0.1:{port}/devstoreaccount1;TableEndpoint=http://127.0.0.1:{port}/devstoreaccount1;";
        settings["Api:RequestTimeoutSeconds"] = "2";
        await using var app = await App.StartAsync(settings);
        var started = DateTime.UtcNow;

        using var response = await app.Client.GetAsync(new Uri("api/series?indicator=arrivals&country=BIH&from=2022-01&to=2022-12", UriKind.Relative));

        var elapsed = DateTime.UtcNow - started;
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.True(elapsed < TimeSpan.FromSeconds(15), $"answered after {elapsed}");
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => accepting);
        accepted.ForEach(a => a.Dispose());
    }

    /// <summary>What a 200 may contain: only what the (valid) parameters asked for.</summary>
    private static string? CheckAnswer(HostileRequest request, string body)
    {
        switch (request.Endpoint)
        {
            case "series" or "observations" or "points":
                if (!KnownIndicator(request.Indicator) || !KnownCountries(request.Country))
                {
                    return "200 for a country or indicator outside the vocabulary";
                }

                if (request.Csv)
                {
                    return null;
                }

                using (var json = JsonDocument.Parse(body))
                {
                    if (request.Endpoint == "series" && request.Site is { } site && site.AsSpan().IndexOfAny('\'', '"') >= 0
                        && json.RootElement.GetProperty("points").GetArrayLength() > 0)
                    {
                        return "points for a site that cannot exist";
                    }

                    if (request.Endpoint == "observations"
                        && (json.RootElement.GetProperty("country").GetString() != request.Country!.Trim().ToUpperInvariant()
                            || json.RootElement.GetProperty("indicator").GetString() != request.Indicator!.Trim().ToLowerInvariant()))
                    {
                        return "observations of another country or indicator";
                    }
                }

                return null;
            case "dashboard":
                return request.DashboardFile is { } file && (file.StartsWith('.') || file.Contains('/', StringComparison.Ordinal) || file.Contains('\\', StringComparison.Ordinal) || file.Contains('%', StringComparison.Ordinal))
                    ? "a file outside the dashboard's folder"
                    : null;
            default:
                return null;
        }
    }

    /// <summary>Kestrel answers a bare 400 itself for a path that decodes to a NUL.</summary>
    private static bool KestrelRefuses(Uri uri) => uri.AbsolutePath.Contains("%00", StringComparison.Ordinal);

    private static bool KnownIndicator(string? value) => value is not null && Indicators.IsKnown(value.Trim().ToLowerInvariant());

    private static bool KnownCountries(string? value) =>
        value is not null && value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } codes
        && codes.All(c => Countries.IsKnown(c.ToUpperInvariant()));

    private static async Task AssertProblemAsync(HttpResponseMessage response, string parameter)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(json.RootElement.GetProperty("errors").TryGetProperty(parameter, out _), json.RootElement.GetRawText());
    }

    private static string Short(string text) => text.Length > 200 ? text[..200] + "…" : text;
}
