using System;
using System.Collections.Generic;
using System.Linq;
using LeakGuard.Cli.Detect;
using LeakGuard.Cli.Sources.Objects;

namespace LeakGuard.Cli.Sources;

/// <summary>
/// Which secrets each blob holds: known for every blob the scan read, and read on demand for the few older blobs a
/// narrowed scan (<c>--range</c>, <c>--since</c>) meets while counting commits.
/// </summary>
internal sealed class SecretsByBlob
{
    private readonly Dictionary<int, HashSet<string>> known = [];
    private readonly BlobOrigins scanned;
    private readonly HistoryObjects objects;
    private readonly Action<string> warn;

    public SecretsByBlob(IReadOnlyDictionary<int, IReadOnlyList<LocatedSecret>> found, BlobOrigins scanned, HistoryObjects objects, Action<string> warn)
    {
        foreach (var (blob, secrets) in found)
        {
            known[blob] = secrets.Select(s => s.Secret).ToHashSet();
        }

        this.scanned = scanned;
        this.objects = objects;
        this.warn = warn;
    }

    public bool Holds(int blob, string secret)
    {
        if (!known.TryGetValue(blob, out var secrets))
        {
            secrets = scanned.Contains(blob) ? [] : objects.ScanOther(blob, warn).Select(s => s.Secret).ToHashSet();
            known[blob] = secrets;
        }

        return secrets.Contains(secret);
    }
}
