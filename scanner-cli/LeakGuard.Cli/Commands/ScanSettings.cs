using System.IO;

namespace LeakGuard.Cli.Commands;

internal sealed record ScanSettings(string Format, FileInfo? Output, bool Redact, bool IncludeGeneric, bool ForceProgress, long MaxBytes, FileInfo? Baseline)
{
    /// <summary>The configuration file the user named; <see langword="null"/> to look for leakguard.toml at the root.</summary>
    public FileInfo? Config { get; init; }
}
