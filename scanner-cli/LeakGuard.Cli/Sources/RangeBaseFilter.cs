using System.Collections.Generic;
using System.IO;
using System.Linq;
using LeakGuard.Cli.Findings;
using LibGit2Sharp;

namespace LeakGuard.Cli.Sources;

/// <summary>
/// For narrowed scans (<c>--range A..B</c>, <c>--ref ^A</c>, pre-push): a range commit that edits a file which already
/// held a key introduces a new blob with the old key in it. That key is not the range's doing, so a finding whose
/// secret an excluded commit already holds at the same path is dropped, with a note saying how many.
/// </summary>
internal static class RangeBaseFilter
{
    public static ScanReport Apply(ScanReport report, GitScanOptions options)
    {
        if (report.Findings.Count == 0 || (options.Range is null && !options.Refs.Any(r => r.StartsWith('^'))))
        {
            return report;
        }

        using var repository = GitLibrary.Open(Repository.Discover(report.Root));
        var bases = GitTips.Resolve(repository, options.Refs, options.Range).Exclude;
        var texts = new Dictionary<(ObjectId Tree, string Path), string?>();
        var kept = report.Findings.Where(f => !bases.Any(b => Holds(b.Tree, f, texts))).ToArray();
        if (kept.Length == report.Findings.Count)
        {
            return report;
        }

        report.Statistics.Notes.Add($"{report.Findings.Count - kept.Length} finding(s) already present before the range not reported");
        return report with { Findings = kept };
    }

    private static bool Holds(Tree tree, Finding finding, Dictionary<(ObjectId Tree, string Path), string?> texts)
    {
        if (!texts.TryGetValue((tree.Id, finding.Path), out var text))
        {
            texts[(tree.Id, finding.Path)] = text = Read(tree, finding.Path);
        }

        return text is not null && text.Contains(finding.Secret, System.StringComparison.Ordinal);
    }

    private static string? Read(Tree tree, string path)
    {
        if (tree[path] is not { Target: Blob blob })
        {
            return null;
        }

        using var stream = blob.GetContentStream();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var bytes = buffer.ToArray();
        return TextDecoder.Classify(bytes) == ContentKind.Text ? TextDecoder.Decode(bytes) : null;
    }
}
