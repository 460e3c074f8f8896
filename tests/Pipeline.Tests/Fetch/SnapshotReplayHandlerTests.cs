using MigrationFeeds.Pipeline.Fetch;

namespace MigrationFeeds.Pipeline.Tests.Fetch;

public sealed class SnapshotReplayHandlerTests
{
    [Fact]
    public void Key_IgnoresAppNameOrderAndEncoding()
    {
        var recorded = new Uri("https://api.reliefweb.int/v2/reports?profile=full&query[value]=Operational Update&limit=100");
        var sent = new Uri("https://api.reliefweb.int/v2/reports?appname=someone-abc123&limit=100&query%5Bvalue%5D=Operational%20Update&profile=full");

        Assert.Equal(SnapshotReplayHandler.Key(recorded), SnapshotReplayHandler.Key(sent));
    }

    [Fact]
    public void Key_DifferentValue_DiffersFromRecorded()
    {
        var a = new Uri("https://api.reliefweb.int/v2/reports?offset=0");
        var b = new Uri("https://api.reliefweb.int/v2/reports?offset=100");
        Assert.NotEqual(SnapshotReplayHandler.Key(a), SnapshotReplayHandler.Key(b));
    }

    [Fact]
    public async Task Send_RecordedUrl_ReplaysBodyAndHonoursIfNoneMatch()
    {
        var folder = Directory.CreateTempSubdirectory("snapshot").FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "doc.html"), "<p>hello</p>");
        await File.WriteAllTextAsync(Path.Combine(folder, "index.json"), """
            {"entries":[{"url":"https://example.org/doc","file":"doc.html","contentType":"text/html; charset=utf-8","etag":"\"abc\"","lastModified":"Fri, 25 Nov 2022 09:12:00 GMT"}]}
            """);
        using var handler = new SnapshotReplayHandler(folder);
        using var client = new HttpClient(handler);

        using var first = await client.GetAsync(new Uri("https://example.org/doc"));
        using var conditional = new HttpRequestMessage(HttpMethod.Get, "https://example.org/doc");
        conditional.Headers.IfNoneMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue("\"abc\""));
        using var second = await client.SendAsync(conditional);
        using var missing = await client.GetAsync(new Uri("https://example.org/other"));

        Assert.Equal(200, (int)first.StatusCode);
        Assert.Equal("<p>hello</p>", await first.Content.ReadAsStringAsync());
        Assert.Equal("\"abc\"", first.Headers.ETag?.Tag);
        Assert.Equal("text/html", first.Content.Headers.ContentType?.MediaType);
        Assert.Equal(304, (int)second.StatusCode);
        Assert.Equal(404, (int)missing.StatusCode);
    }

    [Fact]
    public async Task Send_RecordedPost_AnswersOnlyTheRecordedQuery()
    {
        var folder = Directory.CreateTempSubdirectory("snapshot").FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "data.json"), "{\"class\":\"dataset\"}");
        await File.WriteAllTextAsync(Path.Combine(folder, "index.json"), """
            {"entries":[{"url":"https://example.org/api/T1.px","method":"POST","body":{"query":[],"response":{"format":"json-stat2"}},"file":"data.json","contentType":"application/json"}]}
            """);
        using var handler = new SnapshotReplayHandler(folder);
        using var client = new HttpClient(handler);
        var url = new Uri("https://example.org/api/T1.px");

        using var same = await client.PostAsync(url, new StringContent("""{ "query": [], "response": { "format": "json-stat2" } }"""));
        using var other = await client.PostAsync(url, new StringContent("""{"query":[],"response":{"format":"csv"}}"""));
        using var get = await client.GetAsync(url);

        Assert.Equal(200, (int)same.StatusCode);
        Assert.Equal("{\"class\":\"dataset\"}", await same.Content.ReadAsStringAsync());
        Assert.Equal(404, (int)other.StatusCode);
        Assert.Equal(404, (int)get.StatusCode);
    }
}
