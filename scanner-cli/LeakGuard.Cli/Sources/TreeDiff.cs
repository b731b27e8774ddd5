using System;
using System.Collections.Generic;
using LeakGuard.Cli.Sources.Objects;

namespace LeakGuard.Cli.Sources;

/// <summary>
/// Finds the blobs a commit introduces against one parent: both trees are walked side by side in git's name order,
/// subtrees with the same id are skipped whole, and only a changed or added file is recorded. Renames need no
/// detection: a renamed file is its blob at a new path, which is what a finding is about.
/// </summary>
internal sealed class TreeDiff
{
    private readonly HistoryObjects objects;

    public TreeDiff(HistoryObjects objects)
    {
        this.objects = objects;
        Origins = new BlobOrigins(objects.Entries);
    }

    /// <summary>What the commits compared so far introduced.</summary>
    public BlobOrigins Origins { get; }

    /// <summary>The paths of the submodules (gitlinks) met: their commits live in other repositories and are not entered.</summary>
    public HashSet<string> Submodules { get; } = new(StringComparer.Ordinal);

    /// <summary>Records what <paramref name="tree"/> brings in over <paramref name="parent"/>, or everything when there is no parent.</summary>
    public void Introduce(int tree, int? parent, int commit) => Compare(tree, parent, PathTable.Root, commit);

    private void Compare(int tree, int? parent, int folder, int commit)
    {
        if (tree == parent)
        {
            return;
        }

        var entries = objects.Entries;

        // A commit's tree is mostly its child's parent tree, and the subtrees it did not change are its parent's: asked
        // for again, they come from what the objects keep unpacked.
        var mine = objects.Tree(tree);
        var theirs = parent is { } p ? objects.Tree(p) : [];
        var j = 0;
        for (var i = 0; i < mine.Length;)
        {
            // Entries are interned: the same number means the same name, mode and id, so unchanged ones cost one compare.
            if (j < theirs.Length && mine[i] == theirs[j])
            {
                i++;
                j++;
                continue;
            }

            var entry = entries[mine[i]];
            var order = j < theirs.Length ? Order(entry, entries[theirs[j]]) : -1;
            if (order > 0)
            {
                j++;
                continue;
            }

            Record(entry, order == 0 ? entries[theirs[j++]].Target : null, folder, commit);
            i++;
        }
    }

    private int Order(TreeEntry left, TreeEntry right) => GitNameOrder.Compare(
        objects.Entries.NameBytes(left.Name), left.Kind == TreeEntryKind.Tree, objects.Entries.NameBytes(right.Name), right.Kind == TreeEntryKind.Tree);

    /// <summary>An entry that is new, or differs from <paramref name="before"/>, the same-named entry of the parent.</summary>
    private void Record(TreeEntry entry, int? before, int folder, int commit)
    {
        var path = Origins.Paths.Intern(folder, entry.Name);
        switch (entry.Kind)
        {
            case TreeEntryKind.Tree:
                Compare(entry.Target, before, path, commit);
                break;
            case TreeEntryKind.Submodule:
                Submodules.Add(Origins.Paths.Text(path));
                break;
            default:
                if (entry.Target != before)
                {
                    Origins.Add(entry.Target, path, commit);
                }

                break;
        }
    }
}
