using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using MigrationFeeds.TestSupport;

namespace MigrationFeeds.Pipeline.Tests.Fetch;

/// <summary>A publisher on loopback (Kestrel), whose behaviour each test sets.</summary>
internal sealed class FakeUpstream : IAsyncDisposable
{
    private readonly WebApplication app;
    private int requests;

    private FakeUpstream(WebApplication app, int port)
    {
        this.app = app;
        BaseUri = new Uri($"http://127.0.0.1:{port}/");
    }

    public Uri BaseUri { get; }

    public int Requests => Volatile.Read(ref requests);

    public static async Task<FakeUpstream> StartAsync(Func<HttpContext, Task> handle)
    {
        var port = FreePort.Next();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        var upstream = new FakeUpstream(app, port);
        app.Run(async context =>
        {
            Interlocked.Increment(ref upstream.requests);
            await handle(context);
        });
        await app.StartAsync();
        return upstream;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
