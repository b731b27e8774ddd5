using System.Collections.Generic;
using System.Linq;
using LeakGuard.Cli.Progress;
using LeakGuard.Cli.Sources.Objects;

namespace LeakGuard.Cli.Sources;

/// <summary>
/// Which blobs the walked commits introduce, at which paths, first by which commit: each commit's tree against every
/// parent's (<see cref="TreeDiff"/>). When the objects can be read from several threads, the walk is cut into one
/// stretch per core, each compared on its own, and each stretch's records go after those of the stretches before it.
/// </summary>
internal static class IntroducedBlobs
{
    public static (BlobOrigins Origins, IReadOnlySet<string> Submodules) Find(HistoryObjects objects, int[] log, ScanProgress progress) =>
        Find(objects, log, progress, WalkStretches.CountFor(objects, log.Length));

    /// <summary>Compares the walk in <paramref name="count"/> stretches side by side.</summary>
    public static (BlobOrigins Origins, IReadOnlySet<string> Submodules) Find(HistoryObjects objects, int[] log, ScanProgress progress, int count)
    {
        progress.Begin("comparing trees", log.Length);
        var diffs = WalkStretches.Map(log.Length, count, (from, to) => Compare(objects, log, from, to, progress));
        var first = diffs[0];
        foreach (var diff in diffs.Skip(1))
        {
            first.Origins.Append(diff.Origins);
            first.Submodules.UnionWith(diff.Submodules);
        }

        return (first.Origins, first.Submodules);
    }

    private static TreeDiff Compare(HistoryObjects objects, int[] log, int from, int to, ScanProgress progress)
    {
        var diff = new TreeDiff(objects);
        for (var index = from; index < to; index++)
        {
            var commit = objects.Commit(log[index]);
            if (commit.Parents.Length == 0)
            {
                diff.Introduce(commit.Tree, null, index);
            }

            foreach (var parent in commit.Parents)
            {
                diff.Introduce(commit.Tree, objects.Commit(parent).Tree, index);
            }

            progress.Advance();
        }

        return diff;
    }
}
