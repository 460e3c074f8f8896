using MigrationFeeds.Bench;
using MigrationFeeds.TestSupport;

var args2 = new Args(args);
var report = new Report(args2.Get("report"));
switch (args2.Command)
{
    case "extraction":
        ExtractionCommand.Run(args2, report);
        break;
    case "hyperfine-table":
        HyperfineTable.Run(args2, report);
        break;
    case "ingestion":
    {
        var azurite = new AzuriteServer();
        await azurite.InitializeAsync();
        try
        {
            report.Line("#### Backfill and re-run (real IngestService, whole snapshot)");
            report.Line();
            await IngestBench.RunAsync(azurite, report, args2.Int("repetitions", 5), args2.Get("compare-checks") is not null);
            report.Line("#### Entity group transactions against one upsert per entity");
            report.Line();
            await WriteBench.RunAsync(azurite, report, args2.Int("write-repetitions", 3));
            if (args2.Get("refresh") is not null)
            {
                report.Line("#### Series refresh in memory: what the checks and review add");
                report.Line();
                await SeriesRefreshCommand.RunAsync(azurite, args2, report);
            }
        }
        finally
        {
            await azurite.DisposeAsync();
        }

        break;
    }

    case "query":
        await QueryBench.RunAsync(args2, report);
        break;
    case "scale":
        await ScaleBench.RunAsync(args2, report);
        break;
    case "scale-run":
        await ScaleBench.RunChildAsync(args2);
        break;
    case "coldstart":
        await ColdStart.RunAsync(args2, report);
        break;
    default:
        Console.Error.WriteLine("usage: MigrationFeeds.Bench extraction|hyperfine-table|ingestion [--compare-checks] [--refresh]|query|scale|coldstart [--report FILE] [options]");
        return 64;
}

report.Save();
return 0;
