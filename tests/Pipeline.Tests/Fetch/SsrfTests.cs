using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using MigrationFeeds.Pipeline.Fetch;
using MigrationFeeds.TestSupport;

namespace MigrationFeeds.Pipeline.Tests.Fetch;

/// <summary>A fetch never reaches an internal address: not by its literal, not by a name, not by a redirect.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class SsrfTests(AzuriteServer azurite)
{
    private static Dictionary<string, string?> Live(int? loopbackPort) => new()
    {
        ["Fetch:Mode"] = "Live",
        ["Fetch:RetryBaseDelaySeconds"] = "0.01",
        ["Fetch:PerHostDelayMilliseconds"] = "0",
        ["Fetch:TestLoopbackPort"] = loopbackPort?.ToString(CultureInfo.InvariantCulture),
    };

    private static Task<FakeUpstream> SecretServer() =>
        FakeUpstream.StartAsync(context => context.Response.WriteAsync("internal secret"));

    [Fact]
    public async Task Fetch_LoopbackWithoutTheTestSetting_IsRefusedAndNothingIsSent()
    {
        await using var inside = await SecretServer();
        await using var services = PipelineHarness.Create(azurite, settings: Live(loopbackPort: null));
        var url = new Uri(inside.BaseUri, "report.pdf");

        var result = await services.GetRequiredService<DocumentFetcher>().FetchAsync(url, null, null, [url.Authority], CancellationToken.None);

        Assert.Equal(FetchStatus.Failed, result.Status);
        Assert.Contains("loopback", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, inside.Requests);
    }

    [Fact]
    public async Task Fetch_NameThatResolvesToLoopback_IsRefusedAtConnectTime()
    {
        await using var upstream = await SecretServer();
        await using var inside = await SecretServer();
        // The test setting opens one port; a name the source declares, on another loopback port, must still be refused.
        await using var services = PipelineHarness.Create(azurite, settings: Live(upstream.BaseUri.Port));
        var url = new Uri($"http://localhost:{inside.BaseUri.Port}/report.pdf");

        var result = await services.GetRequiredService<DocumentFetcher>().FetchAsync(url, null, null, [url.Authority], CancellationToken.None);

        Assert.Equal(FetchStatus.Failed, result.Status);
        Assert.Contains("refused: localhost resolves to", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, inside.Requests);
    }

    [Theory]
    [InlineData("http://169.254.169.254/metadata/instance")]
    [InlineData("http://[::ffff:127.0.0.1]:{inside}/")]
    [InlineData("http://127.0.0.1:{inside}/")]
    [InlineData("http://0177.0.0.1:{inside}/")]
    [InlineData("http://localhost:{inside}/")]
    [InlineData("file:///etc/passwd")]
    [InlineData("gopher://127.0.0.1:{inside}/")]
    public async Task Fetch_RedirectToAnInternalAddressOrScheme_IsRefused(string location)
    {
        await using var inside = await SecretServer();
        var target = location.Replace("{inside}", inside.BaseUri.Port.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        await using var upstream = await FakeUpstream.StartAsync(context =>
        {
            context.Response.StatusCode = 302;
            context.Response.Headers.Location = target;
            return Task.CompletedTask;
        });
        await using var services = PipelineHarness.Create(azurite, settings: Live(upstream.BaseUri.Port));
        var url = new Uri(upstream.BaseUri, "report.pdf");

        var result = await services.GetRequiredService<DocumentFetcher>().FetchAsync(url, null, null, [upstream.BaseUri.Authority], CancellationToken.None);

        Assert.Equal(FetchStatus.Failed, result.Status);
        Assert.Contains("refused", result.Error, StringComparison.Ordinal);
        Assert.Equal(1, upstream.Requests);
        Assert.Equal(0, inside.Requests);
    }

    [Fact]
    public async Task Fetch_RedirectWithinTheSourcesHosts_IsFollowed()
    {
        await using var upstream = await FakeUpstream.StartAsync(async context =>
        {
            if (context.Request.Path == "/old.pdf")
            {
                context.Response.StatusCode = 301;
                context.Response.Headers.Location = "/new.pdf";
                return;
            }

            await context.Response.WriteAsync("%PDF-1.4 moved");
        });
        await using var services = PipelineHarness.Create(azurite, settings: Live(upstream.BaseUri.Port));

        var result = await services.GetRequiredService<DocumentFetcher>().FetchAsync(new Uri(upstream.BaseUri, "old.pdf"), null, CancellationToken.None);

        Assert.Equal(FetchStatus.Ok, result.Status);
        Assert.Equal("%PDF-1.4 moved", System.Text.Encoding.UTF8.GetString(result.Content.Span));
        Assert.Equal(2, upstream.Requests);
    }

    [Fact]
    public async Task Fetch_HostTheSourceDoesNotDeclare_IsRefused()
    {
        await using var services = PipelineHarness.Create(azurite, settings: Live(loopbackPort: null));

        var result = await services.GetRequiredService<DocumentFetcher>().FetchAsync(
            new Uri("https://files.example.net/report.pdf"), null, null, ["reliefweb.int"], CancellationToken.None);

        Assert.Equal(FetchStatus.Failed, result.Status);
        Assert.Contains("not a host this source fetches from", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetch_NameThatRebindsFromAPublicAddressToLoopback_IsRefusedOnTheAnswerItWouldConnectTo()
    {
        await using var upstream = await SecretServer();
        await using var inside = await SecretServer();
        var resolver = new RebindingResolver(IPAddress.Parse("93.184.215.14"), IPAddress.Loopback);
        await using var services = PipelineHarness.Create(azurite, settings: Live(upstream.BaseUri.Port), configure: s => s.AddSingleton<IHostResolver>(resolver));
        var url = new Uri($"http://rebind.example:{inside.BaseUri.Port}/report.pdf");
        // A guard that looked the name up before the request would see this public address and let it through.
        Assert.Equal([IPAddress.Parse("93.184.215.14")], await resolver.ResolveAsync(url.Host, CancellationToken.None));

        var result = await services.GetRequiredService<DocumentFetcher>().FetchAsync(url, null, null, [url.Authority], CancellationToken.None);

        Assert.Equal(FetchStatus.Failed, result.Status);
        Assert.Contains("refused: rebind.example resolves to 127.0.0.1", result.Error, StringComparison.Ordinal);
        Assert.True(resolver.Lookups >= 2, "the connection made no lookup of its own");
        Assert.Equal(0, inside.Requests);
    }

    /// <summary>A name whose first answer is public and every later one internal, as an attacker's DNS server answers.</summary>
    private sealed class RebindingResolver(IPAddress first, IPAddress later) : IHostResolver
    {
        private int lookups;

        public int Lookups => lookups;

        public Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken) =>
            Task.FromResult<IPAddress[]>([Interlocked.Increment(ref lookups) == 1 ? first : later]);
    }
}
