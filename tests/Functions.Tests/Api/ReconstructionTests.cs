using System.Net;
using System.Text.Json;
using MigrationFeeds.TestSupport;

namespace MigrationFeeds.Functions.Tests.Api;

/// <summary>
/// A snapshot run says so: /api/sources gives each source's share of real figures and /api/reconstruction the
/// manifests' summary. A live run says nothing of reconstructions.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ReconstructionTests(AzuriteServer azurite)
{
    [Fact]
    public async Task SnapshotRun_SourcesGiveTheirShareOfRealFigures_AndTheSummaryIsServed()
    {
        await using var app = await RunningApp.StartAsync(azurite);
        using var summaryFile = JsonDocument.Parse(File.ReadAllBytes(RepoRoot.Combine("seeds", "snapshot", "manifest", "summary.json")));

        using var sources = JsonDocument.Parse(await app.Client.GetStringAsync(new Uri("api/sources", UriKind.Relative)));
        using var response = await app.Client.GetAsync(new Uri("api/reconstruction", UriKind.Relative));

        foreach (var source in sources.RootElement.GetProperty("sources").EnumerateArray())
        {
            var id = source.GetProperty("id").GetString()!;
            var share = source.GetProperty("reconstruction");
            var listed = summaryFile.RootElement.GetProperty("sources").GetProperty(id);
            Assert.Equal(listed.GetProperty("figures").GetInt32(), share.GetProperty("figures").GetInt32());
            Assert.Equal(listed.GetProperty("real").GetInt32(), share.GetProperty("real").GetInt32());
            Assert.Equal(listed.GetProperty("share").GetDouble(), share.GetProperty("share").GetDouble(), 4);
            Assert.Equal($"seeds/snapshot/manifest/{id}.json", share.GetProperty("manifest").GetString());
        }

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var served = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(summaryFile.RootElement.GetProperty("real").GetInt32(), served.RootElement.GetProperty("real").GetInt32());
        Assert.Equal(summaryFile.RootElement.GetProperty("figures").GetInt32(), served.RootElement.GetProperty("figures").GetInt32());
    }

    [Fact]
    public async Task LiveRun_SaysNothingOfReconstructions()
    {
        await using var app = await RunningApp.StartAsync(azurite, new Dictionary<string, string?> { ["Fetch:Mode"] = "Live" });

        using var sources = JsonDocument.Parse(await app.Client.GetStringAsync(new Uri("api/sources", UriKind.Relative)));
        using var response = await app.Client.GetAsync(new Uri("api/reconstruction", UriKind.Relative));

        Assert.All(sources.RootElement.GetProperty("sources").EnumerateArray(), s => Assert.False(s.TryGetProperty("reconstruction", out _)));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
