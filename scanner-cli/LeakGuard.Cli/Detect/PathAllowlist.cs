using System.Linq;
using LeakGuard.Cli.Findings;
using LeakGuard.Engine.Configuration;

namespace LeakGuard.Cli.Detect;

/// <summary>Drops the findings whose path an allowlist glob matches; globs are relative to the scanned root.</summary>
internal static class PathAllowlist
{
    public static ScanReport Apply(ScanConfiguration configuration, ScanReport report) =>
        report with { Findings = report.Findings.Where(f => !configuration.IsPathAllowed(f.Rule, f.Path)).ToArray() };
}
