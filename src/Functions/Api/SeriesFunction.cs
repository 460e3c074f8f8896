using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using MigrationFeeds.Pipeline.Query;
using MigrationFeeds.Pipeline.Sources;

namespace MigrationFeeds.Functions.Api;

/// <summary>GET /api/series: monthly series with the provenance of every point, as JSON or CSV (optionally HXL-tagged).</summary>
internal sealed class SeriesFunction(SeriesResponses responses, QueryDeadline deadline, IEnumerable<ISource> sources)
{
    private readonly string[] sourceIds = [.. sources.Select(s => s.Id)];

    [Function("series")]
    public Task<IResult> RunAsync([HttpTrigger(AuthorizationLevel.Function, "get", "head", Route = "series")] HttpRequest request, CancellationToken cancellationToken)
    {
        var q = new QueryParameters(request);
        q.RejectUnknown("indicator", "country", "site", "from", "to", "asOf", "source", "reviewed", "format", "hxl", "bom");
        var indicator = q.Single("indicator");
        var country = q.Single("country");
        var site = q.Single("site");
        var from = q.Single("from");
        var to = q.Single("to");
        var asOf = q.Single("asOf");
        var source = q.Single("source");
        var reviewed = q.Single("reviewed");
        var format = q.Single("format")?.ToLowerInvariant() ?? "json";
        var hxl = q.Flag("hxl");
        var bom = q.Flag("bom");
        if (format is not (SeriesFormat.Json or SeriesFormat.Csv or SeriesFormat.Xlsx))
        {
            q.Errors["format"] = ["json, csv or xlsx."];
        }

        if (AcceptHeader.Refusal(request, format == "csv" ? AcceptHeader.Csv : AcceptHeader.Json) is { } refused)
        {
            return Task.FromResult(refused);
        }

        var (series, errors) = SeriesRequest.Create(indicator, country, from, to, site, asOf, source, reviewed, sourceIds);
        q.Merge(errors);
        if (series is null || q.Errors.Count > 0)
        {
            return Task.FromResult<IResult>(QueryParameters.Problem(q.Errors));
        }

        return deadline.RunAsync(ct => responses.GetAsync(series, new SeriesFormat(format, hxl, bom), ct), cancellationToken);
    }
}
