using System.Diagnostics;
using System.Text.RegularExpressions;
using MigrationFeeds.TestSupport;

namespace MigrationFeeds.Reliability.Tests.Security;

/// <summary>No secret in the repository: code, settings, scripts, docs and the recorded snapshot.</summary>
public sealed partial class SecretScanTests
{
    /// <summary>Azurite's published development account key: public, the same on every machine, and used only for Azurite.</summary>
    private const string AzuriteKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    /// <summary>The files that may name it, to start Azurite or connect to it.</summary>
    private static readonly string[] AzuriteKeyAllowedIn = ["scripts/common.sh", "src/Cli/LocalEmulator.cs", "tests/TestSupport/AzuriteServer.cs", "bench/ColdStart.cs", "seeds/tools/stored-share.py", "tests/Reliability.Tests/Security/SecretScanTests.cs"];

    [Fact]
    public void Repository_TrackedFiles_HoldNoKeysTokensOrConnectionStrings()
    {
        var findings = new List<string>();
        var scanned = 0;
        foreach (var file in TrackedFiles())
        {
            var path = RepoRoot.Combine(file);
            if (!File.Exists(path) || new FileInfo(path).Length > 5_000_000)
            {
                continue;
            }

            var bytes = File.ReadAllBytes(path);
            if (bytes.AsSpan(0, Math.Min(bytes.Length, 8000)).Contains((byte)0))
            {
                continue;
            }

            scanned++;
            var text = System.Text.Encoding.UTF8.GetString(bytes);
            foreach (var (name, pattern) in Patterns)
            {
                foreach (Match m in pattern.Matches(text))
                {
                    if (m.Value.Contains(AzuriteKey, StringComparison.Ordinal) && AzuriteKeyAllowedIn.Contains(file, StringComparer.Ordinal))
                    {
                        continue;
                    }

                    var line = text.AsSpan(0, m.Index).Count('\n') + 1;
                    findings.Add($"{file}:{line}: {name}");
                }
            }
        }

        Assert.True(scanned > 100, $"only {scanned} files scanned");
        Assert.True(findings.Count == 0, string.Join('\n', findings));
    }

    [Fact]
    public void Patterns_RecogniseTheSecretsTheyAreFor()
    {
        string[] samples =
        [
            "DefaultEndpointsProtocol=https;AccountName=prod;AccountKey=" + Convert.ToBase64String(new byte[64]).Replace('A', 'x') + ";EndpointSuffix=core.windows.net",
            "https://prod.blob.core.windows.net/raw?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2030-01-01T00:00:00Z&" + "sig=" + "abcdEFGH1234abcdEFGH1234abcdEFGH1234abcdEF%3D",
            "Instrumentation" + "Key=0b3c8f0e-1a2b-4c5d-8e9f-0a1b2c3d4e5f;IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/",
            "-----BEGIN RSA PRIVATE" + " KEY-----",
            "key='" + Convert.ToBase64String(Enumerable.Range(1, 64).Select(i => (byte)(i * 7)).ToArray()) + "'",
            "Endpoint=sb://prod.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=" + new string('k', 43) + "=",
            "\"APPLICATIONINSIGHTS_CONNECTION_STRING\": \"Instrumentation" + "Key=6f1c2b9a-0000-4000-8000-000000000000\"",
        ];

        Assert.All(samples, s => Assert.Contains(Patterns, p => p.Pattern.IsMatch(s)));
        Assert.DoesNotContain(Patterns, p => p.Pattern.IsMatch("Storage__ConnectionString: UseDevelopmentStorage=true; AccountKey=%s"));
        Assert.DoesNotContain(Patterns, p => p.Pattern.IsMatch("\"integrity\": \"sha512-" + Convert.ToBase64String(new byte[64]).Replace('A', 'q') + "\""));
    }

    private static readonly (string Name, Regex Pattern)[] Patterns =
    [
        ("storage account key", AccountKey()),
        ("bare storage account key", BareAccountKey()),
        ("shared access key", SharedAccessKey()),
        ("SAS token signature", SasSignature()),
        ("Application Insights key", InstrumentationKey()),
        ("private key", PrivateKey()),
    ];

    [GeneratedRegex(@"AccountKey\s*=\s*[A-Za-z0-9+/]{40,}={0,2}")]
    private static partial Regex AccountKey();

    /// <summary>A storage key alone (64 bytes as base64), as a script or a test would pass it on; not a package-lock integrity hash.</summary>
    [GeneratedRegex(@"(?<![A-Za-z0-9+/]|sha512-)[A-Za-z0-9+/]{86}==(?![A-Za-z0-9+/=])")]
    private static partial Regex BareAccountKey();

    [GeneratedRegex(@"SharedAccessKey\s*=\s*[A-Za-z0-9+/]{30,}={0,2}")]
    private static partial Regex SharedAccessKey();

    [GeneratedRegex(@"[?&]sig=[A-Za-z0-9%+/]{20,}")]
    private static partial Regex SasSignature();

    [GeneratedRegex(@"InstrumentationKey\s*=\s*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex InstrumentationKey();

    [GeneratedRegex(@"-----BEGIN (RSA |EC |OPENSSH |DSA |ENCRYPTED )?PRIVATE KEY-----")]
    private static partial Regex PrivateKey();

    /// <summary>Every file git tracks, and every new file it would add (not ignored), so a secret is caught before its first commit.</summary>
    private static IEnumerable<string> TrackedFiles()
    {
        var start = new ProcessStartInfo("git") { RedirectStandardOutput = true, UseShellExecute = false, WorkingDirectory = RepoRoot.Path };
        foreach (var a in new[] { "ls-files", "--cached", "--others", "--exclude-standard", "-z" })
        {
            start.ArgumentList.Add(a);
        }

        using var git = Process.Start(start)!;
        var list = git.StandardOutput.ReadToEnd();
        git.WaitForExit();
        Assert.Equal(0, git.ExitCode);
        return list.Split('\0', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal);
    }
}
