using MigrationFeeds.Pipeline.Query;

namespace MigrationFeeds.Functions.Endpoints;

/// <summary>GET /api/points/{indicator}/{country}/{period}: every value every document gave for one point.</summary>
internal static class PointsEndpoints
{
    public static void MapPoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/points/{indicator}/{country}/{period}", GetAsync);
    }

    private static async Task<IResult> GetAsync(string indicator, string country, string period, PointHistoryQuery query, CancellationToken cancellationToken)
    {
        var (request, errors) = SeriesRequest.Create(indicator, country, period, period);
        if (request is { Countries.Count: > 1 })
        {
            return QueryParameters.Problem(new Dictionary<string, string[]> { ["country"] = ["One country (or WB6)."] });
        }

        if (request is null)
        {
            return QueryParameters.Problem(errors
                .GroupBy(e => e.Key is "from" or "to" ? "period" : e.Key, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal));
        }

        var history = await query.GetAsync(request.Indicator, request.Countries[0], request.From, cancellationToken).ConfigureAwait(false);
        return history.Current is null && history.History.Count == 0
            ? Results.Problem(statusCode: 404, title: "No figure for this point.", detail: $"{request.Indicator} {request.Countries[0]} {request.From}")
            : Results.Ok(history);
    }
}
