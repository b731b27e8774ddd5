using System.Linq;
using LeakGuard.Cli.Findings;
using LeakGuard.Engine.Configuration;

namespace LeakGuard.Cli.Detect;

/// <summary>
/// Drops the findings whose path an allowlist glob matches (globs are relative to the scanned root) and the secrets made
/// for tests, which the summary counts so that no one wonders where they went.
/// </summary>
internal static class PathAllowlist
{
    public static ScanReport Apply(ScanConfiguration configuration, ScanReport report)
    {
        var madeForTests = report.Findings.Count(f => configuration.IsTestSecret(f.Rule, f.Path));
        if (madeForTests > 0)
        {
            report.Statistics.Notes.Add($"{madeForTests} secret(s) that tests make for themselves (private keys, passwords, tokens they sign) under test, fixture or example folders not reported (--include-test-secrets reports them)");
        }

        return report with { Findings = report.Findings.Where(f => !configuration.IsPathAllowed(f.Rule, f.Path)).ToArray() };
    }
}
