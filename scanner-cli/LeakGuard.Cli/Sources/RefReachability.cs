using System;
using System.Collections.Generic;
using System.Linq;
using LeakGuard.Cli.Findings;
using LibGit2Sharp;

namespace LeakGuard.Cli.Sources;

/// <summary>
/// Adds to each git finding which of HEAD, the local branches and the tags reach the commit that introduced it, where
/// the scan could not tell from the commits it walked (<see cref="LogReachability"/>): a narrowed scan.
/// </summary>
internal static class RefReachability
{
    public static ScanReport Annotate(ScanReport report)
    {
        if (report.Findings.All(f => f.Origin is null || f.Reachable is not null) || Repository.Discover(report.Root) is not { } gitDir)
        {
            return report;
        }

        using var repository = new Repository(gitDir);
        var head = repository.Info.IsHeadUnborn ? null : repository.Head.Tip;
        var branches = repository.Branches.Where(b => !b.IsRemote && b.Tip is not null).Select(b => (b.FriendlyName, b.Tip)).ToArray();
        var tags = repository.Tags.Select(t => (t.FriendlyName, Tip: t.PeeledTarget as Commit)).Where(t => t.Tip is not null).ToArray();
        var known = new Dictionary<string, Reachability>(StringComparer.Ordinal);
        var annotated = report.Findings.Select(finding =>
        {
            if (finding.Origin is not { } origin || finding.Reachable is not null || repository.Lookup<Commit>(origin.CommitSha) is not { } commit)
            {
                return finding;
            }

            if (!known.TryGetValue(origin.CommitSha, out var reachability))
            {
                known[origin.CommitSha] = reachability = new Reachability(
                    head is not null && Reaches(repository, head, commit),
                    branches.Where(b => Reaches(repository, b.Tip, commit)).Select(b => b.FriendlyName).ToArray(),
                    tags.Where(t => Reaches(repository, t.Tip!, commit)).Select(t => t.FriendlyName).ToArray());
            }

            return finding with { Reachable = reachability };
        }).ToArray();
        return report with { Findings = annotated };
    }

    private static bool Reaches(Repository repository, Commit tip, Commit commit) =>
        tip.Id == commit.Id || repository.ObjectDatabase.FindMergeBase(tip, commit)?.Id == commit.Id;
}
