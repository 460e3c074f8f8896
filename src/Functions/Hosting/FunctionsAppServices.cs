using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MigrationFeeds.Functions.Api;
using MigrationFeeds.Pipeline;

namespace MigrationFeeds.Functions.Hosting;

/// <summary>The app's services: what Program.cs adds to the worker, and what the local runner adds to its host.</summary>
internal static class FunctionsAppServices
{
    public static IServiceCollection AddFunctionsApp(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddMigrationFeeds(configuration);
        services.AddOptions<ApiOptions>().Bind(configuration.GetSection(ApiOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ReviewOptions>().Bind(configuration.GetSection(ReviewOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ReviewerIdentity>();
        services.AddSingleton<SeriesResponses>();
        services.AddSingleton<QueryDeadline>();
        services.AddSingleton<Ingest.SourceIngest>();
        services.AddProblemDetails();
        // Minimal-API results (IResult) write with these options wherever the function runs.
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Encoder = PipelineJson.Options.Encoder);
        services.AddFunctionsTelemetry(configuration);
        return services;
    }
}
