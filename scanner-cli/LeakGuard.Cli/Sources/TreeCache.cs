using System;
using System.Collections.Generic;
using LibGit2Sharp;

namespace LeakGuard.Cli.Sources;

/// <summary>
/// Parsed trees, sorted by ordinal name so two versions of a tree can be merge-joined. A commit's trees are mostly its
/// parent's, so a cache of recent trees turns most reads into lookups; it is emptied when full to bound memory.
/// Not thread-safe: one per <see cref="Repository"/>.
/// </summary>
internal sealed class TreeCache
{
    private const int Capacity = 100_000;

    private readonly Repository repository;
    private readonly Dictionary<ObjectId, TreeItem[]> trees = [];

    public TreeCache(Repository repository)
    {
        this.repository = repository;
    }

    public TreeItem[] Get(ObjectId treeId)
    {
        if (trees.TryGetValue(treeId, out var cached))
        {
            return cached;
        }

        var tree = repository.Lookup<Tree>(treeId);
        var items = new List<TreeItem>(tree.Count);
        foreach (var entry in tree)
        {
            if (entry.TargetType is TreeEntryTargetType.Blob or TreeEntryTargetType.Tree)
            {
                items.Add(new TreeItem(entry.Name, entry.Target.Id, entry.TargetType == TreeEntryTargetType.Tree));
            }
        }

        var sorted = items.ToArray();
        Array.Sort(sorted, static (a, b) => string.CompareOrdinal(a.Name, b.Name));
        if (trees.Count >= Capacity)
        {
            trees.Clear();
        }

        trees[treeId] = sorted;
        return sorted;
    }

    /// <summary>The blob at <paramref name="path"/> (forward slashes) under <paramref name="treeId"/>, or null.</summary>
    public ObjectId? Resolve(ObjectId treeId, string path)
    {
        var current = treeId;
        var start = 0;
        while (true)
        {
            var slash = path.IndexOf('/', start);
            var name = slash < 0 ? path[start..] : path[start..slash];
            var items = Get(current);
            var index = Find(items, name);
            if (index < 0)
            {
                return null;
            }

            var item = items[index];
            if (slash < 0)
            {
                return item.IsTree ? null : item.Id;
            }

            if (!item.IsTree)
            {
                return null;
            }

            current = item.Id;
            start = slash + 1;
        }
    }

    private static int Find(TreeItem[] items, string name)
    {
        int low = 0, high = items.Length - 1;
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            var order = string.CompareOrdinal(items[middle].Name, name);
            if (order == 0)
            {
                return middle;
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
}
