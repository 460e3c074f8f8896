using MigrationFeeds.Pipeline.Discovery;
using MigrationFeeds.Pipeline.Fetch;
using MigrationFeeds.Pipeline.Ingestion;
using MigrationFeeds.Pipeline.Options;
using MigrationFeeds.Pipeline.Parse;
using MigrationFeeds.Pipeline.Query;
using MigrationFeeds.Pipeline.Review;
using MigrationFeeds.Pipeline.Series;
using MigrationFeeds.Pipeline.Snapshot;
using MigrationFeeds.Pipeline.Sources;
using MigrationFeeds.Pipeline.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;

namespace MigrationFeeds.Pipeline;

public static class PipelineServices
{
    /// <summary>Everything the Functions app and the CLI share: options, HTTP clients, storage, sources, ingest and query.</summary>
    public static IServiceCollection AddMigrationFeeds(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<FetchOptions>().Bind(configuration.GetSection(FetchOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SeriesOptions>().Bind(configuration.GetSection(SeriesOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ParseOptions>().Bind(configuration.GetSection(ParseOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<RetryOptions>().Bind(configuration.GetSection(RetryOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ReliefWebOptions>().Bind(configuration.GetSection(ReliefWebOptions.Section)).ValidateDataAnnotations().ValidateOnStart()
            .PostConfigure(o => Secrets.Register(o.AppName));

        // A clock registered before this (a test's, which moves only when told to) is kept.
        services.TryAddSingleton(TimeProvider.System);
        services.AddStorage();
        services.AddSingleton<RawArchive>();
        services.AddSingleton<DocumentStore>();
        services.AddSingleton<ObservationStore>();
        services.AddSingleton<RunStore>();
        services.AddSingleton<FailedDocumentStore>();
        services.AddSingleton<OutageRetry>();
        services.AddSingleton<ParseWorkerClient>();

        services.AddTransient<PerHostPacing>();
        services.TryAddSingleton<IHostResolver, DnsHostResolver>();
        services.AddSingleton<UrlPolicy>();
        var fetch = services.AddHttpClient<DocumentFetcher>(ConfigureClient).ConfigurePrimaryHttpMessageHandler(PrimaryHandler);

        // Outside the resilience pipeline, so waiting for one's turn at a host never counts against a request's
        // timeouts; retries are spaced by their own back-off (and Retry-After).
        fetch.AddHttpMessageHandler<PerHostPacing>();

        // The client's own request logs write whole addresses, the ReliefWeb application name among them; the fetcher
        // logs failures itself, redacted.
        fetch.RemoveAllLoggers();
        fetch.AddStandardResilienceHandler()
            .Configure((HttpStandardResilienceOptions resilience, IServiceProvider sp) =>
            {
                var fetch = sp.GetRequiredService<IOptions<FetchOptions>>().Value;

                // A refused address is a decision, not a fault: never retried, and never counted towards opening the circuit.
                resilience.Retry.ShouldHandle = args => ValueTask.FromResult(
                    DocumentFetcher.Refused(args.Outcome.Exception) is null && HttpClientResiliencePredicates.IsTransient(args.Outcome));
                resilience.CircuitBreaker.ShouldHandle = args => ValueTask.FromResult(
                    DocumentFetcher.Refused(args.Outcome.Exception) is null && HttpClientResiliencePredicates.IsTransient(args.Outcome));
                var attempt = TimeSpan.FromSeconds(fetch.AttemptTimeoutSeconds);
                resilience.Retry.Delay = TimeSpan.FromSeconds(fetch.RetryBaseDelaySeconds);
                resilience.AttemptTimeout.Timeout = attempt;
                resilience.TotalRequestTimeout.Timeout = attempt * 4;
                resilience.CircuitBreaker.SamplingDuration = attempt * 2;
            });

        services.AddSingleton<ListingFetcher>();
        services.AddSingleton<ReliefWebDiscovery>();
        services.AddSingleton<DiscoveryServices>();
        foreach (var definition in SourceDefinitions.All)
        {
            services.AddSingleton<ISource>(sp => new DefinedSource(definition, sp.GetRequiredService<DiscoveryServices>()));
        }

        services.AddSingleton<ReconstructionManifest>();
        services.AddSingleton<SourceLeases>();
        services.AddSingleton<FailedDocumentLedger>();
        services.AddSingleton<DocumentStep>();
        services.AddSingleton<IngestService>();
        services.AddSingleton<FailedDocumentRetry>();
        services.AddSingleton(sp => new SourcePrecedence(sp.GetRequiredService<IOptions<SeriesOptions>>().Value, sp.GetServices<ISource>()));
        services.AddSingleton<SeriesComputer>();
        services.AddSingleton<ReviewStore>();
        services.AddSingleton<ReviewService>();
        services.AddSingleton<ReviewQuery>();
        services.AddSingleton<SeriesStore>();
        services.AddSingleton<SeriesVersions>();
        services.AddSingleton<SeriesStamp>();
        services.AddSingleton<SeriesMaterializer>();
        services.AddSingleton<SeriesQuery>();
        services.AddSingleton<PointHistoryQuery>();
        services.AddSingleton<CatalogQuery>();
        services.AddSingleton<CoverageQuery>();
        services.AddSingleton<Citations>();
        return services;
    }

    private static void ConfigureClient(IServiceProvider services, HttpClient client)
    {
        var o = services.GetRequiredService<IOptions<FetchOptions>>().Value;
        client.DefaultRequestHeaders.UserAgent.ParseAdd($"{o.UserAgent} (+{o.Contact})");
        // The resilience pipeline owns timeouts; the client's own would cut across its retries.
        client.Timeout = Timeout.InfiniteTimeSpan;
    }

    private static HttpMessageHandler PrimaryHandler(IServiceProvider services)
    {
        var o = services.GetRequiredService<IOptions<FetchOptions>>().Value;
        // Redirects are followed by the fetcher, which checks each target; every connection is checked by the policy.
        return o.Mode == FetchMode.Offline
            ? new SnapshotReplayHandler(o.SnapshotPath!)
            : new SocketsHttpHandler
            {
                AutomaticDecompression = System.Net.DecompressionMethods.All,
                AllowAutoRedirect = false,
                ConnectCallback = services.GetRequiredService<UrlPolicy>().ConnectAsync,
            };
    }
}
