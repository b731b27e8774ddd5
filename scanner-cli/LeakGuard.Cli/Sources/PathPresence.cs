using System;
using System.Collections.Generic;
using System.Linq;
using LeakGuard.Cli.Sources.Objects;

namespace LeakGuard.Cli.Sources;

/// <summary>
/// For found secrets only: in how many scanned commits each one sits at its path, and whether HEAD still holds it
/// there. "In HEAD" means at the same path in HEAD's tree, not anywhere in it, matching "one secret at one path".
/// Counting looks up, per commit, only the folders that hold found paths, and tallies commits per version of each
/// folder: a folder's files are looked at once per version, not once per commit. A long walk is counted in stretches
/// side by side (<see cref="WalkStretches"/>).
/// </summary>
internal sealed class PathPresence
{
    private readonly HistoryObjects objects;
    private readonly SecretsByBlob secrets;

    public PathPresence(HistoryObjects objects, SecretsByBlob secrets)
    {
        this.objects = objects;
        this.secrets = secrets;
    }

    public Dictionary<(string Path, string Secret), int> CountCommits(IReadOnlyList<int> log, IEnumerable<(string Path, string Secret)> keys) =>
        CountCommits(log, keys, WalkStretches.CountFor(objects, log.Count));

    /// <summary>Counts in <paramref name="stretches"/> stretches of the walk side by side.</summary>
    public Dictionary<(string Path, string Secret), int> CountCommits(IReadOnlyList<int> log, IEnumerable<(string Path, string Secret)> keys, int stretches)
    {
        var folders = keys.Distinct()
            .GroupBy(k => k.Path.Contains('/') ? k.Path[..k.Path.LastIndexOf('/')] : string.Empty)
            .Select(g => (Path: PathOf(g.Key), Keys: g.ToArray()))
            .Where(f => f.Path is not null)
            .ToArray();
        var names = folders.Select(f => f.Path!.Names).ToArray();
        var parts = WalkStretches.Map(log.Count, stretches, (from, to) => CountVersions(log, from, to, names));
        var versions = parts[0];
        foreach (var part in parts.Skip(1))
        {
            foreach (var (version, commits) in part)
            {
                versions[version] = versions.GetValueOrDefault(version) + commits;
            }
        }

        var counts = new Dictionary<(string Path, string Secret), int>();
        foreach (var ((f, tree), commits) in versions)
        {
            foreach (var (path, secret) in folders[f].Keys)
            {
                if (objects.Entries.TryFindName(path[(path.LastIndexOf('/') + 1)..], out var name)
                    && Find(tree, name, folder: false) is var blob and >= 0
                    && secrets.Holds(blob, secret))
                {
                    counts[(path, secret)] = counts.GetValueOrDefault((path, secret)) + commits;
                }
            }
        }

        return counts;
    }

    public bool InTree(int? tree, string path, string secret)
    {
        var slash = path.LastIndexOf('/');
        return tree is { } root
            && PathOf(slash < 0 ? string.Empty : path[..slash]) is { } folderPath
            && FolderAt(root, folderPath) is { } folder
            && objects.Entries.TryFindName(path[(slash + 1)..], out var name)
            && Find(folder, name, folder: false) is var blob and >= 0
            && secrets.Holds(blob, secret);
    }

    /// <summary>A folder's path as name numbers, or null if some segment was never a tree entry's name.</summary>
    private FolderPath? PathOf(string folder)
    {
        var segments = folder.Length == 0 ? [] : folder.Split('/');
        var names = new int[segments.Length];
        for (var i = 0; i < segments.Length; i++)
        {
            if (!objects.Entries.TryFindName(segments[i], out names[i]))
            {
                return null;
            }
        }

        return new FolderPath(names);
    }

    /// <summary>
    /// For one stretch of the walk, how many of its commits hold each version (tree) of each folder. A stretch has
    /// remembered steps of its own, so that stretches can be counted side by side.
    /// </summary>
    private Dictionary<(int Folder, int Tree), int> CountVersions(IReadOnlyList<int> log, int from, int to, int[][] folderNames)
    {
        var folders = folderNames.Select(names => new FolderPath(names)).ToArray();
        var versions = new Dictionary<(int Folder, int Tree), int>();

        // The top-level folders the found paths go through, each looked up once per commit however many paths share it.
        var tops = folders.Where(f => f.Names.Length > 0).Select(f => f.Names[0]).Distinct().ToArray();
        var topTrees = new int[tops.Length];
        var topOf = folders.Select(f => f.Names.Length > 0 ? Array.IndexOf(tops, f.Names[0]) : -1).ToArray();

        // Neighbouring commits mostly share a folder's tree: commits are tallied in runs, not one by one.
        var runs = Enumerable.Repeat((Tree: -1, Commits: 0), folders.Length).ToArray();
        for (var index = from; index < to; index++)
        {
            var root = objects.Commit(log[index]).Tree;
            for (var t = 0; t < tops.Length; t++)
            {
                topTrees[t] = Find(root, tops[t], folder: true);
            }

            for (var f = 0; f < folders.Length; f++)
            {
                var tree = (topOf[f] < 0 ? root : Below(topTrees[topOf[f]], folders[f])) ?? -1;
                if (tree != runs[f].Tree)
                {
                    Tally(versions, f, runs[f]);
                    runs[f] = (tree, 0);
                }

                runs[f].Commits++;
            }
        }

        for (var f = 0; f < folders.Length; f++)
        {
            Tally(versions, f, runs[f]);
        }

        return versions;
    }

    private static void Tally(Dictionary<(int Folder, int Tree), int> versions, int folder, (int Tree, int Commits) run)
    {
        if (run.Tree >= 0)
        {
            versions[(folder, run.Tree)] = versions.GetValueOrDefault((folder, run.Tree)) + run.Commits;
        }
    }

    /// <summary>
    /// The tree of a folder in a commit: the first step is looked up in the commit's root tree (root trees rarely
    /// repeat), the rest below it.
    /// </summary>
    private int? FolderAt(int root, FolderPath folder) =>
        folder.Names.Length == 0 ? root : Below(Find(root, folder.Names[0], folder: true), folder);

    /// <summary>
    /// The tree of a folder, given the tree of its top-level folder (-1 if there is none): each deeper step is
    /// remembered until the folder is next passed through another tree (neighbouring commits share most trees).
    /// </summary>
    private int? Below(int top, FolderPath folder)
    {
        var names = folder.Names;
        var tree = top;
        for (var i = 1; i < names.Length && tree >= 0; i++)
        {
            if (folder.Passed[i] != tree)
            {
                folder.Passed[i] = tree;
                folder.Reached[i] = Find(tree, names[i], folder: true);
            }

            tree = folder.Reached[i];
        }

        return tree >= 0 ? tree : null;
    }

    /// <summary>The target of the entry named <paramref name="name"/> that is a subtree (or a file), or -1.</summary>
    private int Find(int tree, int name, bool folder) => Find(objects.Tree(tree), name, folder);

    /// <summary>
    /// Trees keep git's name order, so the entry is found by bisection: a folder of hundreds of entries costs a few
    /// lookups instead of one for each entry before it, once for every commit that changed something below it.
    /// </summary>
    private int Find(int[] tree, int name, bool folder)
    {
        var entries = objects.Entries;
        var wanted = entries.NameBytes(name);
        var low = 0;
        var high = tree.Length - 1;
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            var entry = entries[tree[middle]];
            var isTree = entry.Kind == TreeEntryKind.Tree;
            var order = entry.Name == name && isTree == folder ? 0 : GitNameOrder.Compare(entries.NameBytes(entry.Name), isTree, wanted, folder);
            if (order == 0)
            {
                return entry.Kind == TreeEntryKind.Submodule ? -1 : entry.Target;
            }

            if (order < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return -1;
    }

    /// <summary>A folder's path as name numbers, with the tree each step last passed through and the one it reached.</summary>
    private sealed class FolderPath(int[] names)
    {
        public int[] Names { get; } = names;

        public int[] Passed { get; } = Enumerable.Repeat(-1, names.Length).ToArray();

        public int[] Reached { get; } = new int[names.Length];
    }
}
