using System.Collections.Generic;

namespace LeakGuard.Cli.Sources;

/// <summary>
/// For every distinct blob the scanned commits introduce: the paths it was introduced at, each with the earliest
/// introducing commit (an index into the walk order, oldest first). Paths are interned: a file edited a thousand times
/// holds one path string.
/// </summary>
internal sealed class BlobOrigins
{
    private readonly Dictionary<int, List<(string Path, int Commit)>> origins = [];
    private readonly Dictionary<string, string> paths = new(System.StringComparer.Ordinal);
    private readonly HashSet<(int Blob, string Path)> recorded = [];

    public IReadOnlyCollection<int> Blobs => origins.Keys;

    public bool Contains(int blob) => origins.ContainsKey(blob);

    public IReadOnlyList<(string Path, int Commit)> Of(int blob) => origins[blob];

    public void Add(int blob, string path, int commit)
    {
        if (!paths.TryGetValue(path, out var interned))
        {
            paths[path] = interned = path;
        }

        // Commits arrive oldest first, so the first commit recorded for a path is its earliest. A set, not a scan of
        // the list: one blob can stand at tens of thousands of paths (a vendored file copied everywhere).
        if (!recorded.Add((blob, interned)))
        {
            return;
        }

        if (!origins.TryGetValue(blob, out var list))
        {
            origins[blob] = list = [];
        }

        list.Add((interned, commit));
    }
}
