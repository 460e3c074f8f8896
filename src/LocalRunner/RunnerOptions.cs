using System.ComponentModel.DataAnnotations;

namespace MigrationFeeds.LocalRunner;

/// <summary>Settings of the local runner (section <c>Runner</c>; environment variables <c>Runner__Port</c> and so on).</summary>
internal sealed class RunnerOptions
{
    public const string Section = "Runner";

    [Range(1, 65535)]
    public int Port { get; set; } = 7071;

    /// <summary>Fire every timer function once at start, as well as on its schedule.</summary>
    public bool RunOnStart { get; set; }

    /// <summary>Write traces, metrics and logs to the console with the OpenTelemetry console exporter (docs/telemetry.md).</summary>
    public bool ConsoleTelemetry { get; set; }
}
