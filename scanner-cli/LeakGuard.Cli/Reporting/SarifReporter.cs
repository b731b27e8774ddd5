using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using LeakGuard.Cli.Findings;
using LeakGuard.Cli.Reporting.Sarif;

namespace LeakGuard.Cli.Reporting;

/// <summary>
/// SARIF 2.1.0 as GitHub code scanning reads it. <c>partialFingerprints</c> carries the stable LeakGuard fingerprint
/// and, for git scans, <c>commitSha</c>: the first commit that introduced the secret at that path. What the scan could
/// not cover (a shallow or partial clone, skipped files) is told as the invocation's notifications, as in the text report.
/// </summary>
internal sealed class SarifReporter : IReporter
{
    public const string FingerprintKey = "leakguardFingerprint/v1";
    public const string CommitKey = "commitSha";

    private const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    private readonly bool redact;

    public SarifReporter(bool redact)
    {
        this.redact = redact;
    }

    public void Write(ScanReport report, TextWriter output)
    {
        var rules = report.Findings.Concat(report.Ignored).Select(f => f.Rule).Distinct().OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
        var driver = new SarifDriver(
            "LeakGuard",
            ToolVersion(),
            "https://github.com/leakguard/leakguard",
            rules.Select(r => new SarifRule(
                r.Id,
                r.Provider + " key",
                new SarifText(r.Description),
                new SarifText($"{r.Description} ({r.Provider}). Confidence: {r.Confidence}."),
                new SarifText(RuleHelp.For(r)),
                r.Remediation.RotateUrl,
                new SarifRuleProperties(["security", "secret"], "9.0"))).ToArray());
        var results = report.Findings.Select(f => Result(f, rules.IndexOf(f.Rule), suppressed: false))
            .Concat(report.Ignored.Select(f => Result(f, rules.IndexOf(f.Rule), suppressed: true)))
            .ToArray();
        var notifications = report.Statistics.Notes.Distinct().Select(n => new SarifNotification("warning", new SarifText(n))).ToArray();
        var log = new SarifLog(SchemaUri, "2.1.0", [new SarifRun(new SarifTool(driver), [new SarifInvocation(true, notifications)], results)]);
        output.WriteLine(JsonSerializer.Serialize(log, SarifContext.Default.SarifLog));
    }

    /// <summary>A relative URI reference: forward slashes, each segment percent-encoded (spaces, non-ASCII).</summary>
    public static string ToUri(string path) => string.Join('/', path.Split('/').Select(Uri.EscapeDataString));

    private SarifResult Result(Finding finding, int ruleIndex, bool suppressed)
    {
        var fingerprints = new Dictionary<string, string> { [FingerprintKey] = finding.Fingerprint };
        var where = finding.Path;
        if (finding.Origin is { } origin)
        {
            fingerprints[CommitKey] = origin.CommitSha;
            where += $" (first committed in {origin.CommitSha[..12]}{(origin.InHead ? ", still in HEAD" : string.Empty)})";
        }

        var location = finding.Location;
        return new SarifResult(
            finding.Rule.Id,
            ruleIndex,
            "error",
            new SarifText($"{finding.Rule.Description} {finding.Shown(redact)} in {where}."),
            [new SarifLocation(new SarifPhysicalLocation(
                new SarifArtifactLocation(ToUri(finding.Path)),
                new SarifRegion(location.StartLine, location.StartColumn, location.EndLine, location.EndColumn)))],
            fingerprints,
            suppressed ? [new SarifSuppression("external", "known finding (baseline or .leakguardignore)")] : null,
            new SarifResultProperties(
                finding.Rule.Remediation.RotateUrl,
                finding.Rule.Remediation.ConfigurationKey,
                finding.Rule.Remediation.EnvironmentVariable,
                RuleHelp.Steps(finding.Rule),
                finding.Reachable?.Describe()));
    }

    private static string ToolVersion()
    {
        var version = typeof(SarifReporter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version[..plus];
    }
}
