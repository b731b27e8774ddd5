using System.Globalization;
using System.Linq;
using System.Text;
using LeakGuard.Cli.Findings;

namespace LeakGuard.Cli.Reporting;

/// <summary>The one-line summary that ends a text report, as Spectre markup.</summary>
internal static class Summary
{
    public static string Of(ScanReport report, bool colour)
    {
        var statistics = report.Statistics;
        var files = report.Findings.Select(f => f.Path).Distinct().Count();
        var text = new StringBuilder();
        text.Append(report.Findings.Count == 0
            ? (colour ? "[green]no leaks found[/]" : "no leaks found")
            : (colour ? $"[red]{report.Findings.Count} leak(s) found[/]" : $"{report.Findings.Count} leak(s) found") + $" in {files} file(s)");
        text.Append(" (");
        if (report.Kind == "git")
        {
            text.Append(CultureInfo.InvariantCulture, $"{statistics.Commits} commit(s), {statistics.Files} blob(s)");
        }
        else
        {
            text.Append(CultureInfo.InvariantCulture, $"{statistics.Files} file(s)");
        }

        text.Append(CultureInfo.InvariantCulture, $", {statistics.Bytes / (1024.0 * 1024.0):0.0} MB scanned in {statistics.Elapsed.TotalSeconds:0.00}s");
        if (statistics.SkippedBinary + statistics.SkippedLfs + statistics.SkippedLarge > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"; skipped {statistics.SkippedBinary} binary, {statistics.SkippedLfs} LFS pointer(s), {statistics.SkippedLarge} too large");
        }

        if (statistics.SkippedUnreadable > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"; {statistics.SkippedUnreadable} unreadable");
        }

        if (statistics.NotInClone > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"; {statistics.NotInClone} blob(s) not in this partial clone");
        }

        if (statistics.UnreadableFolders > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"; {statistics.UnreadableFolders} unreadable folder(s)");
        }

        if (statistics.Submodules > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"; {statistics.Submodules} submodule(s) not entered");
        }

        if (report.Ignored.Count > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"; {report.Ignored.Count} known finding(s) ignored (baseline, {KnownFindings.IgnoreFileName})");
        }

        if (statistics.Shallow)
        {
            text.Append("; shallow clone");
        }

        text.Append(')');
        return text.ToString();
    }
}
