using System.Net;
using System.Text.Json;
using MigrationFeeds.TestSupport;

namespace MigrationFeeds.Functions.Tests.Api;

/// <summary>
/// openapi.json lists a 406 and a 503 on exactly the GET routes that give them, as problem+json: each route is asked
/// with an Accept header it cannot serve, and with storage that cannot be reached.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class OpenApiAnswersTests(AzuriteServer azurite)
{
    /// <summary>A valid request on each GET route, so what it answers is down to the header or to storage alone.</summary>
    private static readonly Dictionary<string, string> Samples = new(StringComparer.Ordinal)
    {
        ["/api/series"] = "api/series?indicator=arrivals&country=BIH",
        ["/api/observations"] = "api/observations?indicator=arrivals&country=BIH",
        ["/api/coverage"] = "api/coverage",
        ["/api/points/{indicator}/{country}/{period}"] = "api/points/arrivals/BIH/2022-10",
        ["/api/catalog"] = "api/catalog",
        ["/api/status"] = "api/status",
        ["/api/sources"] = "api/sources",
        ["/api/review"] = "api/review",
        ["/api/reconstruction"] = "api/reconstruction",
        ["/api/openapi.json"] = "api/openapi.json",
        ["/api/docs"] = "api/docs",
        ["/api/dashboard"] = "api/dashboard",
    };

    [Fact]
    public async Task NotAcceptable_IsDocumentedOnExactlyTheRoutesThatAnswerIt()
    {
        await using var app = await RunningApp.StartAsync(azurite);
        var document = await OpenApiAsync(app);

        var (answering, documented) = await CompareAsync(app, document, "406", request => request.Headers.TryAddWithoutValidation("Accept", "application/xml"));

        Assert.Contains("/api/series", answering);
        Assert.Equal(answering, documented);
    }

    [Fact]
    public async Task ServiceUnavailable_IsDocumentedOnExactlyTheRoutesThatAnswerItWhenStorageIsUnreachable()
    {
        await using var reachable = await RunningApp.StartAsync(azurite);
        var document = await OpenApiAsync(reachable);
        await using var app = await RunningApp.StartAsync(azurite, new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = azurite.UnreachableConnectionString,
            ["Storage:MaxRetries"] = "0",
            ["Storage:NetworkTimeoutSeconds"] = "2",
        });

        var (answering, documented) = await CompareAsync(app, document, "503", _ => { });

        Assert.Contains("/api/series", answering);
        Assert.Equal(answering, documented);
    }

    /// <summary>The sampled routes that answer <paramref name="status"/> as problem+json, and those whose document lists it.</summary>
    private static async Task<(List<string> Answering, List<string> Documented)> CompareAsync(
        RunningApp app, JsonElement document, string status, Action<HttpRequestMessage> prepare)
    {
        var answering = new List<string>();
        var documented = new List<string>();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            if (!path.Value.TryGetProperty("get", out var get) || !Samples.TryGetValue(path.Name, out var sample))
            {
                continue;
            }

            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(sample, UriKind.Relative));
            prepare(request);
            using var response = await app.Client.SendAsync(request);
            if (((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture) == status
                && response.Content.Headers.ContentType?.MediaType == "application/problem+json")
            {
                answering.Add(path.Name);
            }

            if (get.GetProperty("responses").TryGetProperty(status, out var documentedAnswer)
                && documentedAnswer.GetProperty("$ref").GetString() is { } reference
                && document.GetProperty("components").GetProperty("responses").GetProperty(reference.Split('/')[^1])
                    .GetProperty("content").TryGetProperty("application/problem+json", out _))
            {
                documented.Add(path.Name);
            }
        }

        return (answering, documented);
    }

    private static async Task<JsonElement> OpenApiAsync(RunningApp app)
    {
        using var response = await app.Client.GetAsync(new Uri("api/openapi.json", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.Clone();
    }
}
