using System;
using LibGit2Sharp;

namespace LeakGuard.Cli.Sources;

/// <summary>
/// Finds the blobs a commit introduces against one parent by merge-joining tree entries and descending only into
/// subtrees whose ids differ: unchanged directories cost one id comparison.
/// </summary>
internal sealed class TreeDiff
{
    private readonly TreeCache cache;
    private readonly BlobOrigins origins;

    public TreeDiff(TreeCache cache, BlobOrigins origins)
    {
        this.cache = cache;
        this.origins = origins;
    }

    public void Introduce(ObjectId newTree, ObjectId? oldTree, int commit) => Compare(newTree, oldTree, string.Empty, commit);

    private void Compare(ObjectId newTree, ObjectId? oldTree, string prefix, int commit)
    {
        var added = cache.Get(newTree);
        var removed = oldTree is null ? [] : cache.Get(oldTree);
        var j = 0;
        foreach (var item in added)
        {
            while (j < removed.Length && string.CompareOrdinal(item.Name, removed[j].Name) > 0)
            {
                j++;
            }

            ObjectId? before = null;
            if (j < removed.Length && string.Equals(item.Name, removed[j].Name, StringComparison.Ordinal))
            {
                var old = removed[j];
                if (old.Id == item.Id && old.IsTree == item.IsTree)
                {
                    continue;
                }

                before = old.IsTree ? old.Id : null;
            }

            var path = prefix.Length == 0 ? item.Name : string.Concat(prefix, "/", item.Name);
            if (item.IsTree)
            {
                Compare(item.Id, before, path, commit);
            }
            else
            {
                origins.Add(item.Id, path, commit);
            }
        }
    }
}
