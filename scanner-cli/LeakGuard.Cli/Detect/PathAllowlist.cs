using System.Linq;
using LeakGuard.Cli.Findings;
using LeakGuard.Engine.Configuration;

namespace LeakGuard.Cli.Detect;

/// <summary>
/// Drops the findings whose path an allowlist glob matches (globs are relative to the scanned root) and the keys made
/// for tests, which the summary counts so that no one wonders where they went.
/// </summary>
internal static class PathAllowlist
{
    public static ScanReport Apply(ScanConfiguration configuration, ScanReport report)
    {
        var testKeys = report.Findings.Count(f => configuration.IsTestKey(f.Rule, f.Path));
        if (testKeys > 0)
        {
            report.Statistics.Notes.Add($"{testKeys} private key(s) or keystore(s) under test, fixture or example folders not reported (--include-test-keys reports them)");
        }

        return report with { Findings = report.Findings.Where(f => !configuration.IsPathAllowed(f.Rule, f.Path)).ToArray() };
    }
}
