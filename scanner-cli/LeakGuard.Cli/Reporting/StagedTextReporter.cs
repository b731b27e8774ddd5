using System.IO;
using System.Linq;
using LeakGuard.Cli.Findings;
using LeakGuard.Engine;

namespace LeakGuard.Cli.Reporting;

/// <summary>
/// The pre-commit message: short, plain (hooks rarely run in a colour terminal), and ending with what to do. Each key
/// gets its place, provider, redacted value and where it belongs instead; then how to bypass knowingly.
/// </summary>
internal sealed class StagedTextReporter : IReporter
{
    private readonly bool redact;

    public StagedTextReporter(bool redact)
    {
        this.redact = redact;
    }

    public void Write(ScanReport report, TextWriter output)
    {
        var ignored = report.Ignored.Count == 0 ? string.Empty : $"; {report.Ignored.Count} known finding(s) ignored";
        if (report.Findings.Count == 0)
        {
            output.WriteLine($"leakguard: no keys in the staged changes ({report.Statistics.Files} file(s) checked{ignored})");
            return;
        }

        output.WriteLine($"leakguard: {report.Findings.Count} key(s) in the staged changes, commit blocked{ignored}");
        foreach (var finding in report.Findings)
        {
            var remediation = finding.Rule.Remediation;
            output.WriteLine();
            output.WriteLine($"  {finding.Path}:{finding.Location.StartLine}:{finding.Location.StartColumn}  {finding.Rule.Provider}  {finding.Shown(redact)}  ({finding.Rule.Id})");
            if (remediation.Steps is { } steps)
            {
                foreach (var step in steps)
                {
                    output.WriteLine($"    {step}");
                }

                continue;
            }

            output.WriteLine($"    move it to configuration: read '{remediation.ConfigurationKey}' from IConfiguration or the {remediation.EnvironmentVariable} environment variable,");
            output.WriteLine("      keep the value in user secrets or a secret store, then stage the file again");
            output.WriteLine($"    if the key was ever shared or pushed, revoke it: {remediation.RotateUrl}");
        }

        output.WriteLine();
        var keyFiles = report.Findings.Where(f => KeyFiles.All.Contains(f.Rule)).ToArray();
        if (keyFiles.Length < report.Findings.Count)
        {
            output.WriteLine("  not a real key? add 'leakguard:allow' in a comment on that line");
        }

        // A binary file has no line to mark: a test certificate is named by its fingerprint instead.
        foreach (var keyFile in keyFiles)
        {
            output.WriteLine($"  a test certificate? add this line to .leakguardignore: {keyFile.Fingerprint}");
        }

        output.WriteLine("  bypass knowingly: git commit --no-verify");
    }
}
