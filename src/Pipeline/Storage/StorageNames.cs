using MigrationFeeds.Pipeline.Options;
using Microsoft.Extensions.Options;

namespace MigrationFeeds.Pipeline.Storage;

/// <summary>Names of the tables and the container, with the configured prefix.</summary>
public sealed class StorageNames(IOptions<StorageOptions> options)
{
    private readonly string prefix = options.Value.NamePrefix;

    public string Observations => prefix + "observations";
    public string Documents => prefix + "documents";
    public string Runs => prefix + "runs";
    public string Series => prefix + "series";
    public string SeriesVersion => prefix + "seriesversion";
    public string Reviews => prefix + "reviews";
    public string FailedDocuments => prefix + "retries";
    public string RawContainer => prefix + "raw";
}
