using Microsoft.Extensions.Options;
using MigrationFeeds.Pipeline.Fetch;
using MigrationFeeds.Pipeline.Options;

namespace MigrationFeeds.Pipeline.Tests.Fetch;

public sealed class UrlPolicyTests
{
    private static readonly string[] ReliefWeb = ["reliefweb.int", "api.reliefweb.int"];

    private static UrlPolicy Policy(int? loopbackPort = null) =>
        new(Microsoft.Extensions.Options.Options.Create(new FetchOptions { TestLoopbackPort = loopbackPort }), new DnsHostResolver());

    [Theory]
    [InlineData("ftp://reliefweb.int/report.pdf")]
    [InlineData("gopher://reliefweb.int/1")]
    [InlineData("file:///etc/passwd")]
    [InlineData("javascript:alert(1)")]
    [InlineData("mailto:info@reliefweb.int")]
    public void Refusal_SchemeOtherThanHttp_IsRefused(string url)
    {
        var refusal = Policy().Refusal(new Uri(url), ReliefWeb);

        Assert.NotNull(refusal);
        Assert.Contains("only http and https", refusal, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://127.0.0.1/")]
    [InlineData("http://2130706433/")]
    [InlineData("http://0x7f000001/")]
    [InlineData("http://0177.0.0.1/")]
    [InlineData("http://0177.1/")]
    [InlineData("http://017700000001/")]
    [InlineData("http://0251.0376.0251.0376/latest/meta-data/")]
    [InlineData("http://0x7f.1/")]
    [InlineData("http://[::1]/")]
    [InlineData("http://[::ffff:169.254.169.254]/latest/meta-data/")]
    [InlineData("http://169.254.169.254/metadata/instance")]
    [InlineData("http://10.0.0.4/")]
    public void Refusal_AddressLiteralInAForbiddenRange_IsRefusedEvenIfListed(string url)
    {
        var uri = new Uri(url);

        var refusal = Policy().Refusal(uri, [.. ReliefWeb, uri.IdnHost]);

        Assert.NotNull(refusal);
        Assert.StartsWith("refused:", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Refusal_HostTheSourceDoesNotDeclare_IsRefused()
    {
        Assert.Null(Policy().Refusal(new Uri("https://reliefweb.int/report/serbia"), ReliefWeb));
        Assert.Contains("not a host this source fetches from", Policy().Refusal(new Uri("https://evil.example/x.pdf"), ReliefWeb), StringComparison.Ordinal);
        Assert.NotNull(Policy().Refusal(new Uri("https://reliefweb.int.evil.example/x.pdf"), ReliefWeb));
    }

    [Fact]
    public void Refusal_LoopbackOnTheTestPort_IsAllowedOnlyWhenSet()
    {
        var url = new Uri("http://127.0.0.1:5123/report.pdf");

        Assert.NotNull(Policy().Refusal(url, ReliefWeb));
        Assert.NotNull(Policy(5124).Refusal(url, ReliefWeb));
        Assert.Null(Policy(5123).Refusal(url, ReliefWeb));
    }
}
