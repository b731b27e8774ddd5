using System.Collections.Generic;

namespace LeakGuard.Cli.Sources;

/// <summary>
/// For every distinct blob the scanned commits introduce: the paths it was introduced at, each with the earliest
/// introducing commit (an index into the walk order, oldest first). One small record per blob and path, with paths
/// interned, since a long history holds hundreds of thousands of them and only the few holding secrets are read back.
/// </summary>
internal sealed class BlobOrigins
{
    private readonly Dictionary<long, int> firstCommits = [];
    private readonly Dictionary<string, int> pathNumbers = new(System.StringComparer.Ordinal);
    private readonly List<string> paths = [];
    private readonly HashSet<int> blobs = [];

    public IReadOnlyCollection<int> Blobs => blobs;

    public bool Contains(int blob) => blobs.Contains(blob);

    /// <summary>Every blob with each path it was introduced at and the earliest commit that did.</summary>
    public IEnumerable<(int Blob, string Path, int Commit)> All
    {
        get
        {
            foreach (var (key, commit) in firstCommits)
            {
                yield return ((int)(key >> 32), paths[(int)key], commit);
            }
        }
    }

    public void Add(int blob, string path, int commit)
    {
        if (!pathNumbers.TryGetValue(path, out var number))
        {
            pathNumbers[path] = number = paths.Count;
            paths.Add(path);
        }

        // Commits arrive oldest first, so the first commit recorded for a blob at a path is its earliest.
        if (firstCommits.TryAdd(((long)blob << 32) | (uint)number, commit))
        {
            blobs.Add(blob);
        }
    }
}
