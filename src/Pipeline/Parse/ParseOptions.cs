using System.ComponentModel.DataAnnotations;

namespace MigrationFeeds.Pipeline.Parse;

/// <summary>Limits of the parse worker, the child process every document is parsed in.</summary>
public sealed class ParseOptions
{
    public const string Section = "Parse";

    /// <summary>
    /// Memory the parse worker may commit, enforced by the operating system (RLIMIT_DATA); its managed heap is held to
    /// three quarters of it (DOTNET_GCHeapHardLimit). A document that needs more fails and the worker is restarted.
    /// infra/main.bicep gives an instance at least twice this.
    /// </summary>
    [Range(128, 16384)]
    public int WorkerMemoryMegabytes { get; set; } = 1024;

    /// <summary>The parse worker's assembly; by default MigrationFeeds.ParseWorker.dll beside the app.</summary>
    public string? WorkerPath { get; set; }

    /// <summary>Figures one document may give; more is a document built to flood the tables, and it fails.</summary>
    [Range(1, 10_000_000)]
    public int MaxFiguresPerDocument { get; set; } = 50_000;

    /// <summary>Issues kept with a document's state; the rest are counted in one closing issue.</summary>
    [Range(1, 10_000)]
    public int MaxIssuesKept { get; set; } = 50;
}
