using System.Globalization;

namespace MigrationFeeds.Reliability.Tests.Support;

/// <summary>
/// The suite's counts, rewritten to a file after every change so ./test.sh can print them as one line:
/// the file named by <c>MIGRATIONFEEDS_RELIABILITY_REPORT</c>, else migrationfeeds-reliability.txt in the temp folder.
/// </summary>
internal static class ReliabilityReport
{
    public const string PathVariable = "MIGRATIONFEEDS_RELIABILITY_REPORT";

    private static readonly Lock Gate = new();
    private static int faults;
    private static int runs;
    private static int lost;
    private static int duplicates;
    private static int serverErrors;
    private static int ssrfRefused;
    private static int hostileDocuments;
    private static int storageFaults;
    private static long workerPeakBytes;

    public static string FilePath { get; } =
        Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } path ? path : Path.Combine(Path.GetTempPath(), "migrationfeeds-reliability.txt");

    public static void FaultInjected() => Add(ref faults, 1);

    public static void RunCompleted(int count = 1) => Add(ref runs, count);

    public static void DocumentsLost(int count) => Add(ref lost, count);

    public static void DuplicateRows(int count) => Add(ref duplicates, count);

    public static void ServerErrors(int count) => Add(ref serverErrors, count);

    public static void SsrfRefused(int count) => Add(ref ssrfRefused, count);

    /// <summary>Documents built to take a parser down that a run failed while the process and the other documents went on.</summary>
    public static void HostileDocumentsContained(int count) => Add(ref hostileDocuments, count);

    /// <summary>A storage fault (stopped, deleted under the app, gone mid-ingest) answered or survived as designed.</summary>
    public static void StorageFaultSurvived() => Add(ref storageFaults, 1);

    /// <summary>The parse worker's peak memory on the largest document it accepted; the largest reported is kept.</summary>
    public static void WorkerPeakMemory(long bytes)
    {
        lock (Gate)
        {
            workerPeakBytes = Math.Max(workerPeakBytes, bytes);
            File.WriteAllText(FilePath, Line() + Environment.NewLine);
        }
    }

    public static string Line()
    {
        lock (Gate)
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"reliability: {faults} faults injected, {runs} runs completed, {lost} documents lost, {duplicates} duplicate rows, {serverErrors} 5xx responses, {ssrfRefused} SSRF attempts refused, " +
                $"{hostileDocuments} hostile documents contained, {storageFaults} storage faults survived, parse worker peak {workerPeakBytes / (1024 * 1024)} MiB on the largest accepted document");
        }
    }

    private static void Add(ref int counter, int count)
    {
        lock (Gate)
        {
            counter += count;
            File.WriteAllText(FilePath, Line() + Environment.NewLine);
        }
    }
}
