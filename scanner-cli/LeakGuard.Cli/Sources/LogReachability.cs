using System;
using System.Collections.Generic;
using System.Linq;
using LeakGuard.Cli.Findings;
using LeakGuard.Cli.Sources.Objects;

namespace LeakGuard.Cli.Sources;

/// <summary>
/// Which of HEAD, the local branches and the tags reach each commit that introduced a secret, worked out on the graph
/// the scan already walked: one pass over the commits, parents first, carries a bit per target commit (64 at a time).
/// A merge-base search per finding and ref would walk the history again each time. When some ref's commit is not in
/// the walk (a narrowed scan), nothing is returned and <see cref="RefReachability"/> asks LibGit2Sharp instead.
/// </summary>
internal static class LogReachability
{
    private const int BitsPerPass = 64;

    public static IReadOnlyDictionary<int, Reachability> Compute(NamedTips tips, HistoryObjects objects, int[] log, IReadOnlyCollection<int> targets)
    {
        var position = new Dictionary<int, int>(log.Length);
        for (var i = 0; i < log.Length; i++)
        {
            position[log[i]] = i;
        }

        int? PositionOf(GitId tip) => position.TryGetValue(objects.Ids.Intern(tip), out var at) ? at : null;
        var headAt = tips.Head is { } head ? [PositionOf(head)] : Array.Empty<int?>();
        var branchesAt = tips.Branches.Select(b => (b.Name, At: PositionOf(b.Commit))).ToArray();
        var tagsAt = tips.Tags.Select(t => (t.Name, At: PositionOf(t.Commit))).ToArray();
        if (headAt.Any(h => h is null) || branchesAt.Any(b => b.At is null) || tagsAt.Any(t => t.At is null))
        {
            return new Dictionary<int, Reachability>();
        }

        var result = new Dictionary<int, Reachability>();
        foreach (var chunk in targets.Distinct().Chunk(BitsPerPass))
        {
            var reached = Reach(objects, log, position, chunk);
            for (var bit = 0; bit < chunk.Length; bit++)
            {
                var mask = 1UL << bit;
                result[chunk[bit]] = new Reachability(
                    headAt.Any(h => (reached[h!.Value] & mask) != 0),
                    branchesAt.Where(b => (reached[b.At!.Value] & mask) != 0).Select(b => b.Name).ToArray(),
                    tagsAt.Where(t => (reached[t.At!.Value] & mask) != 0).Select(t => t.Name).ToArray());
            }
        }

        return result;
    }

    /// <summary>For each commit of the walk, a bit set for each of <paramref name="targets"/> (walk positions) it reaches.</summary>
    private static ulong[] Reach(HistoryObjects objects, int[] log, Dictionary<int, int> position, int[] targets)
    {
        var reached = new ulong[log.Length];
        for (var bit = 0; bit < targets.Length; bit++)
        {
            reached[targets[bit]] = 1UL << bit;
        }

        for (var i = 0; i < log.Length; i++)
        {
            foreach (var parent in objects.Commit(log[i]).Parents)
            {
                if (position.TryGetValue(parent, out var at))
                {
                    reached[i] |= reached[at];
                }
            }
        }

        return reached;
    }
}
