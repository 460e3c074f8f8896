using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using MigrationFeeds.Pipeline.Ingestion;
using MigrationFeeds.Pipeline.Storage;
using MigrationFeeds.Pipeline.Tests.Sources;
using MigrationFeeds.TestSupport;

namespace MigrationFeeds.Pipeline.Tests;

/// <summary>
/// One run of a source over the recorded snapshot, into tables of its own, per source and Azurite collection: made
/// the first time a test asks for it and shared by every test that asserts on what a clean first run does, so the
/// collection ingests each source's snapshot once rather than once per test. A test that changes what is stored
/// makes its own run; the one test that runs a source again on these tables checks that nothing changes.
/// </summary>
public sealed class SnapshotRuns : IAsyncLifetime
{
    private readonly ConcurrentDictionary<string, Lazy<Task<SnapshotRun>>> runs = new(StringComparer.Ordinal);

    /// <summary>The source's run over the recorded snapshot on this emulator, made on the first call.</summary>
    public Task<SnapshotRun> OfAsync(AzuriteServer azurite, string sourceId) =>
        runs.GetOrAdd(sourceId, id => new Lazy<Task<SnapshotRun>>(() => SnapshotRun.StartAsync(azurite, id))).Value;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var run in runs.Values.Where(r => r.IsValueCreated).Select(r => r.Value))
        {
            if (run.IsCompletedSuccessfully)
            {
                await (await run).DisposeAsync();
            }
        }
    }
}

/// <summary>A source's first run over the recorded snapshot: its services and tables, its summary, what it stored.</summary>
public sealed class SnapshotRun : IAsyncDisposable
{
    private SnapshotRun(ServiceProvider services, SourceRunSummary summary, IReadOnlyList<string> stored)
    {
        Services = services;
        Summary = summary;
        Stored = stored;
    }

    /// <summary>The services the run was made with, over its tables: to query them, or to run the source again.</summary>
    public ServiceProvider Services { get; }

    public IngestService Ingest => Services.GetRequiredService<IngestService>();

    public StorageClients Storage => Services.GetRequiredService<StorageClients>();

    public SourceRunSummary Summary { get; }

    /// <summary>The source's figures as stored right after the run, in the shape of seeds/snapshot/expected/ (<see cref="StoredFigures"/>).</summary>
    public IReadOnlyList<string> Stored { get; }

    internal static async Task<SnapshotRun> StartAsync(AzuriteServer azurite, string sourceId)
    {
        var services = PipelineHarness.Create(azurite);
        try
        {
            var ingest = services.GetRequiredService<IngestService>();
            var summary = await ingest.RunAsync(ingest.Find(sourceId)!, CancellationToken.None);
            return new SnapshotRun(services, summary, await StoredFigures.LinesAsync(services.GetRequiredService<StorageClients>(), sourceId));
        }
        catch
        {
            await services.DisposeAsync();
            throw;
        }
    }

    public ValueTask DisposeAsync() => Services.DisposeAsync();
}
