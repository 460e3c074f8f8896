using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Pipeline.Review;
using MigrationFeeds.Pipeline.Series;
using MigrationFeeds.Pipeline.Storage;
using MigrationFeeds.TestSupport;

namespace MigrationFeeds.Functions.Tests.Api;

/// <summary>
/// Review over HTTP: what needs a person, decisions that change the series, who may decide, and decisions whose figure
/// is gone. Two sources disagree on BiH's October arrivals; the chosen one revised its own figure once.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ReviewApiTests(AzuriteServer azurite)
{
    private const string Reviewer = "Ana Reviewer";

    [Fact]
    public async Task Review_ListsTheConflict_ThenCorrectAndRejectChangeTheSeries_AndEveryDecisionIsKept()
    {
        await using var app = await StartWithStateAsync(new() { ["Review:LocalReviewer"] = Reviewer });

        var item = await ItemAsync(app, "BIH", "arrivals");
        Assert.Contains("conflict", item.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal("national-test says 2401 for 2022-10", item.GetProperty("figure").GetProperty("quote").GetString());
        Assert.Equal("https://example.org/national-test/2022-12-20.pdf#page=1", item.GetProperty("link").GetString());
        Assert.Equal("unhcr-test", item.GetProperty("alternatives")[0].GetProperty("source").GetString());
        var id = item.GetProperty("id").GetString()!;

        using (var corrected = await PostAsync(app, id, new { decision = "correct", value = 2450, note = "Table on page 2 gives 2,450." }))
        {
            Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
            // The decision is served with its figure's codes and period as text, as it is stored.
            using var recorded = JsonDocument.Parse(await corrected.Content.ReadAsStringAsync());
            var r = recorded.RootElement;
            Assert.Equal(
                ("BIH", "arrivals", "month", "2022-10"),
                (r.GetProperty("country").GetString(), r.GetProperty("indicator").GetString(), r.GetProperty("measure").GetString(), r.GetProperty("period").GetString()));
        }

        var point = await OctoberAsync(app, "api/series?indicator=arrivals&country=BIH&from=2022-10&to=2022-10");
        Assert.Equal(2450, point.GetProperty("value").GetInt32());
        Assert.Equal("corrected", point.GetProperty("review").GetString());
        var review = point.GetProperty("provenance").GetProperty("review");
        Assert.Equal(2401, review.GetProperty("originalValue").GetInt32());
        Assert.Equal(2450, review.GetProperty("value").GetInt32());
        Assert.Equal(Reviewer, review.GetProperty("reviewer").GetString());
        Assert.True(review.TryGetProperty("decidedAt", out _));

        var reviewedOnly = await GetJsonAsync(app, "api/series?indicator=arrivals&country=BIH,SRB&from=2022-10&to=2022-10&reviewed=only");
        Assert.Equal(["BIH"], reviewedOnly.GetProperty("points").EnumerateArray().Select(p => p.GetProperty("country").GetString()));
        Assert.DoesNotContain((await GetJsonAsync(app, "api/review")).GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetString() == id);

        using (var rejected = await PostAsync(app, id, new { decision = "reject" }))
        {
            Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        }

        // Without the rejected figure, the same source's earlier document gives the month.
        var after = await OctoberAsync(app, "api/series?indicator=arrivals&country=BIH&from=2022-10&to=2022-10");
        Assert.Equal(2367, after.GetProperty("value").GetInt32());
        var decisions = await app.Services.GetRequiredService<ReviewStore>().ReadAsync(new SeriesKey(CountryCode.BosniaAndHerzegovina, Indicator.Arrivals), CancellationToken.None);
        Assert.Equal([ReviewDecision.Correct, ReviewDecision.Reject], decisions.OrderBy(d => d.DecidedAt).Select(d => d.Decision));
        Assert.StartsWith("unreviewed", decisions.Single(d => d.Decision == ReviewDecision.Correct).Previous, StringComparison.Ordinal);
        Assert.StartsWith("correct 2450 by " + Reviewer, decisions.Single(d => d.Decision == ReviewDecision.Reject).Previous, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Decide_WithoutAnIdentity_Is401ProblemJson_AndChangesNothing()
    {
        await using var app = await StartWithStateAsync([]);
        var id = (await ItemAsync(app, "BIH", "arrivals")).GetProperty("id").GetString()!;

        using var response = await PostAsync(app, id, new { decision = "correct", value = 1 });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await app.Services.GetRequiredService<ReviewStore>().ReadAllAsync(CancellationToken.None));
        Assert.Equal(2401, (await OctoberAsync(app, "api/series?indicator=arrivals&country=BIH&from=2022-10&to=2022-10")).GetProperty("value").GetInt32());
    }

    [Theory]
    [InlineData("Local", null)]
    [InlineData("AppServiceAuthentication", null)]
    [InlineData("AppServiceAuthentication", "False")]
    public async Task Decide_ForgedPrincipalHeaderOutsideTheFrontEnd_IsNotTrusted(string mode, string? platformAuth)
    {
        await using var app = await StartWithStateAsync(new() { ["Review:Identity"] = mode, ["WEBSITE_AUTH_ENABLED"] = platformAuth });
        var id = (await ItemAsync(app, "BIH", "arrivals")).GetProperty("id").GetString()!;

        using var response = await PostAsync(app, id, new { decision = "confirm" }, Principal("Mallory"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await app.Services.GetRequiredService<ReviewStore>().ReadAllAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Decide_LocalMode_RecordsTheConfiguredName_NeverTheHeaders()
    {
        await using var app = await StartWithStateAsync(new() { ["Review:LocalReviewer"] = Reviewer });
        var id = (await ItemAsync(app, "BIH", "arrivals")).GetProperty("id").GetString()!;

        using var response = await PostAsync(app, id, new { decision = "confirm", reviewer = "Mallory" }, Principal("Mallory"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Reviewer, Assert.Single(await app.Services.GetRequiredService<ReviewStore>().ReadAllAsync(CancellationToken.None)).Reviewer);
        Assert.Equal("confirmed", (await OctoberAsync(app, "api/series?indicator=arrivals&country=BIH&from=2022-10&to=2022-10")).GetProperty("review").GetString());
    }

    [Fact]
    public async Task Decide_BehindAppServiceAuthentication_RecordsTheSignedInPerson()
    {
        await using var app = await StartWithStateAsync(new() { ["Review:Identity"] = "AppServiceAuthentication", ["WEBSITE_AUTH_ENABLED"] = "True" });
        var id = (await ItemAsync(app, "BIH", "arrivals")).GetProperty("id").GetString()!;

        using var response = await PostAsync(app, id, new { decision = "confirm" }, Principal("Ana Reviewer"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Ana Reviewer (00000000-0000-0000-0000-00000000a11a)", Assert.Single(await app.Services.GetRequiredService<ReviewStore>().ReadAllAsync(CancellationToken.None)).Reviewer);
    }

    [Theory]
    [InlineData("{\"decision\":\"maybe\"}", "decision")]
    [InlineData("{\"decision\":\"correct\"}", "value")]
    [InlineData("{\"decision\":\"confirm\",\"value\":5}", "value")]
    [InlineData("not json", "body")]
    public async Task Decide_BadBody_Is400NamingTheField(string body, string field)
    {
        await using var app = await StartWithStateAsync(new() { ["Review:LocalReviewer"] = Reviewer });
        var id = (await ItemAsync(app, "BIH", "arrivals")).GetProperty("id").GetString()!;

        using var response = await app.Client.PostAsync(new Uri("api/review/" + id, UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task Decide_UnknownFigure_Is404()
    {
        await using var app = await StartWithStateAsync(new() { ["Review:LocalReviewer"] = Reviewer });

        using var response = await PostAsync(app, FigureIdentity.Of(new string('0', 64), "BIH", null, "arrivals", "month", "2022-10"), new { decision = "confirm" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Review_DecisionWhoseFigureIsGone_IsListedAsOrphaned()
    {
        await using var app = await StartWithStateAsync(new() { ["Review:LocalReviewer"] = Reviewer });
        var id = (await ItemAsync(app, "BIH", "arrivals")).GetProperty("id").GetString()!;
        using (await PostAsync(app, id, new { decision = "confirm" }))
        {
        }

        // As after a reparse that no longer reads the figure: its rows are gone, the decision stays.
        var table = app.Services.GetRequiredService<StorageClients>().Observations;
        await foreach (var row in table.QueryAsync<Azure.Data.Tables.TableEntity>(Azure.Data.Tables.TableClient.CreateQueryFilter($"DocumentUrl eq {"https://example.org/national-test/2022-12-20.pdf"}")))
        {
            await table.DeleteEntityAsync(row.PartitionKey, row.RowKey);
        }

        var orphan = Assert.Single((await GetJsonAsync(app, "api/review")).GetProperty("orphaned").EnumerateArray());
        Assert.Equal(id, orphan.GetProperty("id").GetString());
        Assert.Equal("confirm", orphan.GetProperty("decision").GetString());
    }

    [Fact]
    public async Task Review_FigureBelowTheConfidenceFloor_IsListedWithItsCodesMonthAndIdentityAsText()
    {
        await using var app = await StartWithStateAsync(new() { ["Review:LocalReviewer"] = Reviewer });
        var read = StoredState.Of("unhcr-test", "MNE", Indicators.Accommodated, Measures.Stock, "2022-10-31", 412, "2022-11-18");
        var unsure = read with { Figure = read.Figure with { Confidence = 0.5 }, Provenance = read.Provenance with { Confidence = 0.5 } };
        await StoredState.WriteAsync(app, [unsure]);

        var text = (await GetJsonAsync(app, "api/review")).GetProperty("items").EnumerateArray()
            .Single(i => i.GetProperty("country").GetString() == "MNE").GetRawText();

        // Its identity hashes the figure's text as stored; its month is the stock's.
        var id = FigureIdentity.Of(unsure.Provenance.DocumentSha256, "MNE", null, "accommodated", "stock", "2022-10-31");
        Assert.StartsWith(
            $$"""{"id":"{{id}}","country":"MNE","site":null,"indicator":"accommodated","month":"2022-10","reasons":["low_confidence"],"priority":1,""",
            text,
            StringComparison.Ordinal);
    }

    private static (string Name, string Value)[] Principal(string name)
    {
        var json = JsonSerializer.Serialize(new
        {
            auth_typ = "aad",
            name_typ = "name",
            role_typ = "roles",
            claims = new[] { new { typ = "name", val = name } },
        });
        return [("X-MS-CLIENT-PRINCIPAL", Convert.ToBase64String(Encoding.UTF8.GetBytes(json))), ("X-MS-CLIENT-PRINCIPAL-ID", "00000000-0000-0000-0000-00000000a11a"), ("X-MS-CLIENT-PRINCIPAL-NAME", name)];
    }

    private static async Task<HttpResponseMessage> PostAsync(RunningApp app, string id, object body, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("api/review/" + id, UriKind.Relative)) { Content = JsonContent.Create(body) };
        foreach (var (name, value) in headers)
        {
            request.Headers.Add(name, value);
        }

        return await app.Client.SendAsync(request);
    }

    private static async Task<JsonElement> ItemAsync(RunningApp app, string country, string indicator) =>
        (await GetJsonAsync(app, "api/review")).GetProperty("items").EnumerateArray()
            .First(i => i.GetProperty("country").GetString() == country && i.GetProperty("indicator").GetString() == indicator);

    private static async Task<JsonElement> OctoberAsync(RunningApp app, string url) => (await GetJsonAsync(app, url)).GetProperty("points")[0];

    private async Task<RunningApp> StartWithStateAsync(Dictionary<string, string?> settings)
    {
        settings["Series:Precedence:BIH:arrivals"] = "national-test,unhcr-test";
        var app = await RunningApp.StartAsync(azurite, settings);
        await StoredState.WriteAsync(app, StoredState.ReviewCase());
        return app;
    }

    private static async Task<JsonElement> GetJsonAsync(RunningApp app, string url)
    {
        using var response = await app.Client.GetAsync(new Uri(url, UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
