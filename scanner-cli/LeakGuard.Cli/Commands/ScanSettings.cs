using System.IO;

namespace LeakGuard.Cli.Commands;

internal sealed record ScanSettings(string Format, FileInfo? Output, bool Redact, bool IncludeGeneric, bool ForceProgress, long MaxBytes, FileInfo? Baseline);
