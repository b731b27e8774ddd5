using System.Collections.Generic;
using LeakGuard.Cli.Sources.Objects;

namespace LeakGuard.Cli.Sources;

/// <summary>
/// For every distinct blob the scanned commits introduce: the paths it was introduced at, each with the earliest
/// introducing commit (an index into the walk order, oldest first). One small record per blob and path, with paths
/// numbered, since a long history holds hundreds of thousands of them and only the few holding secrets are read back.
/// </summary>
internal sealed class BlobOrigins
{
    private readonly Dictionary<long, int> firstCommits = [];
    private readonly HashSet<int> blobs = [];

    public BlobOrigins(TreeEntryTable entries) => Paths = new PathTable(entries);

    /// <summary>The numbers of the paths recorded.</summary>
    public PathTable Paths { get; }

    public IReadOnlyCollection<int> Blobs => blobs;

    public bool Contains(int blob) => blobs.Contains(blob);

    /// <summary>Every blob with each path (a number of <see cref="Paths"/>) it was introduced at and the earliest commit that did.</summary>
    public IEnumerable<(int Blob, int Path, int Commit)> All
    {
        get
        {
            foreach (var (key, commit) in firstCommits)
            {
                yield return ((int)(key >> 32), (int)key, commit);
            }
        }
    }

    /// <summary>
    /// Adds what <paramref name="later"/> recorded for commits that all come after the ones recorded here: where both
    /// hold a blob at a path, the commit recorded here is the earlier.
    /// </summary>
    public void Append(BlobOrigins later)
    {
        var paths = Paths.Import(later.Paths);
        foreach (var (blob, path, commit) in later.All)
        {
            Add(blob, paths[path], commit);
        }
    }

    public void Add(int blob, int path, int commit)
    {
        // Commits arrive oldest first, so the first commit recorded for a blob at a path is its earliest.
        if (firstCommits.TryAdd(((long)blob << 32) | (uint)path, commit))
        {
            blobs.Add(blob);
        }
    }
}
