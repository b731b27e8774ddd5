using System.IO;
using LeakGuard.Cli.Detect;
using LeakGuard.Engine.Configuration;

namespace LeakGuard.Cli.Commands;

internal sealed record ScanSettings(string Format, FileInfo? Output, bool Redact, bool IncludeGeneric, bool ForceProgress, long MaxBytes, FileInfo? Baseline)
{
    /// <summary>The configuration file the user named; <see langword="null"/> to look for leakguard.toml at the root.</summary>
    public FileInfo? Config { get; init; }

    /// <summary>Whether secrets made for tests are reported whatever the configuration file says.</summary>
    public bool IncludeTestSecrets { get; init; }

    /// <summary>The configuration the scan runs with: the file's, and what the options add to it.</summary>
    public ScanConfiguration LoadConfiguration(string root, CliConsole console)
    {
        var configuration = ConfigurationFile.Load(Config, root, console);
        return IncludeTestSecrets ? configuration.ReportingTestSecrets() : configuration;
    }
}
