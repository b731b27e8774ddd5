using System.Collections.Generic;
using System.Linq;
using LeakGuard.Cli.Sources.Objects;

namespace LeakGuard.Cli.Sources;

/// <summary>
/// For found secrets only: in how many scanned commits each one sits at its path, and whether HEAD still holds it
/// there. "In HEAD" means at the same path in HEAD's tree, not anywhere in it, matching "one secret at one path".
/// Lookups below the root are remembered per subtree: successive commits share nearly all of their subtrees.
/// </summary>
internal sealed class PathPresence
{
    private readonly HistoryObjects objects;
    private readonly SecretsByBlob secrets;
    private readonly Dictionary<(int Tree, int Name, bool Folder), int> below = [];

    public PathPresence(HistoryObjects objects, SecretsByBlob secrets)
    {
        this.objects = objects;
        this.secrets = secrets;
    }

    public Dictionary<(string Path, string Secret), int> CountCommits(IReadOnlyList<int> log, IEnumerable<(string Path, string Secret)> keys)
    {
        var byPath = keys.Distinct().GroupBy(k => k.Path).Select(g => (Path: g.Key, Names: NamesOf(g.Key), Secrets: g.Select(k => k.Secret).ToArray())).ToArray();
        var counts = new Dictionary<(string Path, string Secret), int>();
        var root = new Dictionary<(int Name, bool Folder), int>();
        foreach (var commit in log)
        {
            var tree = objects.Commit(commit).Tree;
            root.Clear();
            foreach (var (path, names, pathSecrets) in byPath)
            {
                if (names is null || BlobAt(tree, names, root) is not { } blob)
                {
                    continue;
                }

                foreach (var secret in pathSecrets)
                {
                    if (secrets.Holds(blob, secret))
                    {
                        counts[(path, secret)] = counts.GetValueOrDefault((path, secret)) + 1;
                    }
                }
            }
        }

        return counts;
    }

    public bool InTree(int? tree, string path, string secret) =>
        tree is { } root && NamesOf(path) is { } names && BlobAt(root, names, []) is { } blob && secrets.Holds(blob, secret);

    /// <summary>The path's segments as name numbers, or null if some segment was never a tree entry's name.</summary>
    private int[]? NamesOf(string path)
    {
        var segments = path.Split('/');
        var names = new int[segments.Length];
        for (var i = 0; i < segments.Length; i++)
        {
            if (!objects.Entries.TryFindName(segments[i], out names[i]))
            {
                return null;
            }
        }

        return names;
    }

    private int? BlobAt(int tree, int[] names, Dictionary<(int Name, bool Folder), int> root)
    {
        var folder = names.Length > 1;
        if (!root.TryGetValue((names[0], folder), out var target))
        {
            root[(names[0], folder)] = target = Find(tree, names[0], folder);
        }

        for (var i = 1; i < names.Length && target >= 0; i++)
        {
            folder = i < names.Length - 1;
            if (!below.TryGetValue((target, names[i], folder), out var next))
            {
                below[(target, names[i], folder)] = next = Find(target, names[i], folder);
            }

            target = next;
        }

        return target >= 0 ? target : null;
    }

    /// <summary>The target of the entry named <paramref name="name"/> that is a subtree (or a file), or -1.</summary>
    private int Find(int tree, int name, bool folder)
    {
        foreach (var number in objects.Tree(tree))
        {
            var entry = objects.Entries[number];
            if (entry.Name == name && (entry.Kind == TreeEntryKind.Tree) == folder)
            {
                return entry.Kind == TreeEntryKind.Submodule ? -1 : entry.Target;
            }
        }

        return -1;
    }
}
