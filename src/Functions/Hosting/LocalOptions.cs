using System.ComponentModel.DataAnnotations;

namespace MigrationFeeds.Functions.Hosting;

/// <summary>Settings of local mode: the app run without the Functions host.</summary>
internal sealed class LocalOptions
{
    public const string Section = "Local";

    [Range(1, 65535)]
    public int Port { get; set; } = 7071;

    /// <summary>Fire every timer function once at start, as well as on its schedule.</summary>
    public bool RunOnStart { get; set; }

    /// <summary>Write traces, metrics and logs to the console with the OpenTelemetry console exporter (docs/telemetry.md).</summary>
    public bool ConsoleTelemetry { get; set; }
}
