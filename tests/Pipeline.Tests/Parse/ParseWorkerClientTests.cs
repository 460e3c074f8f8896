using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Pipeline.Options;
using MigrationFeeds.Pipeline.Parse;
using MigrationFeeds.Pipeline.Sources;
using MigrationFeeds.TestSupport;

namespace MigrationFeeds.Pipeline.Tests.Parse;

/// <summary>
/// The parse worker, a real child process: a document that overflows the stack, exhausts the memory limit or runs past
/// its budget ends in a failed result with the reason, the caller lives on, and the next document gets a new worker.
/// </summary>
public sealed class ParseWorkerClientTests
{
    private static readonly byte[] Report = File.ReadAllBytes(Directory.EnumerateFiles(RepoRoot.Combine("seeds", "snapshot", "unhcr-bih-operational-update", "files", "attachments"), "*.pdf").Order(StringComparer.Ordinal).First());

    [Fact]
    public async Task Parse_PdfOfTwentyThousandChainedForms_CrashesTheWorkerNotTheCallerAndTheNextDocumentIsRead()
    {
        await using var worker = Client();

        var crashed = await worker.ParseAsync(ParserCatalog.General, HostileDocuments.ChainedFormsPdf(20_000), Context("application/pdf"), CancellationToken.None);
        var next = await worker.ParseAsync(ParserCatalog.General, Report, Context("application/pdf"), CancellationToken.None);

        Assert.Equal(ParseEnd.Crashed, crashed.End);
        Assert.True(crashed.KilledWorker);
        var issue = Assert.Single(crashed.Result.Issues);
        Assert.Equal(ParseIssueCodes.WorkerCrashed, issue.Code);
        Assert.Contains("stack overflow", issue.Message, StringComparison.Ordinal);
        Assert.Equal(ParseEnd.Answered, next.End);
        Assert.NotEmpty(next.Result.Figures);
        Assert.Equal(2, worker.Starts);
    }

    [Fact]
    public async Task Parse_DocumentOverTheMemoryLimit_FailsWithMemoryLimitAndTheWorkerIsReplaced()
    {
        await using var worker = Client(memoryMegabytes: 160);

        var big = await worker.ParseAsync(ParserCatalog.General, HostileDocuments.LargeHtml(7 * 1024 * 1024), Context("text/html; charset=utf-8"), CancellationToken.None);
        var next = await worker.ParseAsync(ParserCatalog.General, Report, Context("application/pdf"), CancellationToken.None);

        Assert.Equal(ParseEnd.MemoryLimit, big.End);
        Assert.Equal(ParseIssueCodes.MemoryLimit, Assert.Single(big.Result.Issues).Code);
        Assert.Equal(ParseEnd.Answered, next.End);
        Assert.NotEmpty(next.Result.Figures);
    }

    [Fact]
    public async Task Parse_PastTheBudget_KillsTheWorkerSoItBurnsNoMoreTime()
    {
        await using var worker = Client(timeoutSeconds: 3);
        var first = await worker.ParseAsync(ParserCatalog.General, Report, Context("application/pdf"), CancellationToken.None);
        var pid = worker.WorkerProcessId!.Value;

        var timedOut = await worker.ParseAsync(ParserCatalog.General, LongPdf.Value, Context("application/pdf"), CancellationToken.None);

        Assert.Equal(ParseEnd.Answered, first.End);
        Assert.Equal(ParseEnd.Timeout, timedOut.End);
        Assert.Equal(ParseIssueCodes.Timeout, Assert.Single(timedOut.Result.Issues).Code);
        Assert.Null(worker.WorkerProcessId);
        Assert.Throws<ArgumentException>(() => System.Diagnostics.Process.GetProcessById(pid));
    }

    [Fact]
    public async Task Parse_ManyDocuments_ReuseOneWorker()
    {
        await using var worker = Client();

        for (var i = 0; i < 5; i++)
        {
            Assert.NotEmpty((await worker.ParseAsync(ParserCatalog.General, Report, Context("application/pdf"), CancellationToken.None)).Result.Figures);
        }

        Assert.Equal(1, worker.Starts);
    }

    /// <summary>A valid PDF of 1,500 pages of prose: far more than a few seconds' work.</summary>
    private static readonly Lazy<byte[]> LongPdf = new(() => HostileDocuments.ProsePdf(
        1500, 60, n => $"In March 2022, {n + 1:N0} persons were accommodated in the centres, and others arrived."));

    private static ParseWorkerClient Client(int memoryMegabytes = 1024, double timeoutSeconds = 60) =>
        new(Microsoft.Extensions.Options.Options.Create(new ParseOptions { WorkerMemoryMegabytes = memoryMegabytes }), Microsoft.Extensions.Options.Options.Create(new FetchOptions { ParseTimeoutSeconds = timeoutSeconds }), NullLogger<ParseWorkerClient>.Instance);

    private static DocumentContext Context(string contentType) => new()
    {
        Url = "https://reliefweb.int/attachments/test/report.pdf",
        ContentType = contentType,
        DefaultCountry = Countries.BosniaAndHerzegovina,
        Published = new DateOnly(2022, 12, 20),
    };
}
