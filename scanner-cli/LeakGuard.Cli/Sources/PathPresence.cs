using System.Collections.Generic;
using System.Linq;
using LibGit2Sharp;

namespace LeakGuard.Cli.Sources;

/// <summary>
/// For found secrets only: in how many scanned commits each one sits at its path, and whether HEAD still holds it
/// there. "In HEAD" means at the same path in HEAD's tree, not anywhere in it, matching "one secret at one path".
/// </summary>
internal sealed class PathPresence
{
    private readonly Repository repository;
    private readonly SecretsByBlob secrets;

    public PathPresence(Repository repository, SecretsByBlob secrets)
    {
        this.repository = repository;
        this.secrets = secrets;
    }

    public Dictionary<(string Path, string Secret), int> CountCommits(CommitLog log, IEnumerable<(string Path, string Secret)> keys)
    {
        var byPath = keys.Distinct().GroupBy(k => k.Path).ToDictionary(g => g.Key, g => g.Select(k => k.Secret).ToArray());
        var counts = new Dictionary<(string Path, string Secret), int>();
        if (byPath.Count == 0)
        {
            return counts;
        }

        for (var i = 0; i < log.Count; i++)
        {
            var tree = repository.Lookup<Tree>(log.TreeAt(i));
            foreach (var (path, pathSecrets) in byPath)
            {
                if (BlobAt(tree, path) is not { } blob)
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

    public bool InTree(Tree? tree, string path, string secret) =>
        tree is not null && BlobAt(tree, path) is { } blob && secrets.Holds(blob, secret);

    private static ObjectId? BlobAt(Tree tree, string path) =>
        tree[path] is { TargetType: TreeEntryTargetType.Blob } entry ? entry.Target.Id : null;
}
