using System;
using System.Collections.Generic;
using System.Linq;
using LeakGuard.Cli.Findings;
using LibGit2Sharp;

namespace LeakGuard.Cli.Sources;

/// <summary>
/// Adds to each git finding which of HEAD, the local branches and the tags reach the commit that introduced it, where
/// the scan could not tell from the commits it walked (<see cref="LogReachability"/>): a narrowed scan. Searched as
/// <c>git tag --contains</c> does: down from each ref, remembering every commit decided, and never into commits
/// committed more than a day before the introducing one (clock skew aside, those cannot have it as an ancestor). A
/// merge-base search per finding and ref walked the whole history below each ref instead: a one-commit range of a
/// 200,000-commit history with 870 refs took 80 s.
/// </summary>
internal static class RefReachability
{
    private static readonly TimeSpan ClockSkew = TimeSpan.FromDays(1);

    public static ScanReport Annotate(ScanReport report)
    {
        if (report.Findings.All(f => f.Origin is null || f.Reachable is not null) || Repository.Discover(report.Root) is not { } gitDir)
        {
            return report;
        }

        using var repository = GitLibrary.Open(gitDir);
        var head = repository.Info.IsHeadUnborn ? null : repository.Head.Tip;
        var branches = repository.Branches.Where(b => !b.IsRemote && b.Tip is not null).Select(b => (b.FriendlyName, b.Tip)).ToArray();
        var tags = repository.Tags.Select(t => (t.FriendlyName, Tip: t.PeeledTarget as Commit)).Where(t => t.Tip is not null).ToArray();
        var graph = new CommitGraph(repository);
        var known = new Dictionary<string, Reachability>(StringComparer.Ordinal);
        var annotated = report.Findings.Select(finding =>
        {
            if (finding.Origin is not { } origin || finding.Reachable is not null || repository.Lookup<Commit>(origin.CommitSha) is not { } commit)
            {
                return finding;
            }

            if (!known.TryGetValue(origin.CommitSha, out var reachability))
            {
                var search = new AncestorSearch(graph, commit.Id, graph.TimeOf(commit.Id) - (long)ClockSkew.TotalSeconds);
                known[origin.CommitSha] = reachability = new Reachability(
                    head is not null && search.Reaches(head.Id),
                    branches.Where(b => search.Reaches(b.Tip.Id)).Select(b => b.FriendlyName).ToArray(),
                    tags.Where(t => search.Reaches(t.Tip!.Id)).Select(t => t.FriendlyName).ToArray());
            }

            return finding with { Reachable = reachability };
        }).ToArray();
        return report with { Findings = annotated };
    }

    /// <summary>Commits' parents and commit times, each read through LibGit2Sharp once however many searches ask.</summary>
    private sealed class CommitGraph(Repository repository)
    {
        private readonly Dictionary<ObjectId, (ObjectId[] Parents, long Time)> commits = [];

        public ObjectId[] ParentsOf(ObjectId commit) => Read(commit).Parents;

        public long TimeOf(ObjectId commit) => Read(commit).Time;

        private (ObjectId[] Parents, long Time) Read(ObjectId id)
        {
            if (!commits.TryGetValue(id, out var read))
            {
                var commit = repository.Lookup<Commit>(id) ?? throw new CliException($"repository is damaged: commit {id} is missing (run 'git fsck')");
                commits[id] = read = (commit.Parents.Select(p => p.Id).ToArray(), commit.Committer.When.ToUnixTimeSeconds());
            }

            return read;
        }
    }

    /// <summary>Whether commits have <paramref name="target"/> as an ancestor (or are it), for any number of starting commits.</summary>
    private sealed class AncestorSearch(CommitGraph graph, ObjectId target, long cutoff)
    {
        private readonly Dictionary<ObjectId, bool> decided = new() { [target] = true };

        /// <summary>Depth first, with a stack of its own (histories are deeper than the call stack): each commit is decided once.</summary>
        public bool Reaches(ObjectId start)
        {
            var path = new Stack<(ObjectId Commit, int Next)>();
            path.Push((start, 0));
            while (path.TryPop(out var step))
            {
                var (commit, next) = step;
                if (decided.ContainsKey(commit))
                {
                    continue;
                }

                if (graph.TimeOf(commit) < cutoff)
                {
                    decided[commit] = false;
                    continue;
                }

                var parents = graph.ParentsOf(commit);
                while (next < parents.Length && decided.TryGetValue(parents[next], out var reaches) && !reaches)
                {
                    next++;
                }

                if (next == parents.Length || decided.GetValueOrDefault(parents[next]))
                {
                    decided[commit] = next < parents.Length;
                    continue;
                }

                path.Push((commit, next));
                path.Push((parents[next], 0));
            }

            return decided[start];
        }
    }
}
