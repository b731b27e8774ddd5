using System;
using System.Collections.Generic;
using System.Linq;
using LeakGuard.Cli.Detect;
using LibGit2Sharp;

namespace LeakGuard.Cli.Sources;

/// <summary>
/// Which secrets each blob holds: known for every blob the scan read, and read on demand for the few older blobs a
/// narrowed scan (<c>--range</c>, <c>--since</c>) meets while counting commits.
/// </summary>
internal sealed class SecretsByBlob
{
    private readonly Dictionary<ObjectId, HashSet<string>> known = [];
    private readonly BlobOrigins scanned;
    private readonly BlobReader reader;
    private readonly FragmentScanner scanner;
    private readonly Action<string> warn;

    public SecretsByBlob(IEnumerable<KeyValuePair<ObjectId, IReadOnlyList<LocatedSecret>>> found, BlobOrigins scanned, BlobReader reader, FragmentScanner scanner, Action<string> warn)
    {
        foreach (var (blob, secrets) in found)
        {
            known[blob] = secrets.Select(s => s.Secret).ToHashSet();
        }

        this.scanned = scanned;
        this.reader = reader;
        this.scanner = scanner;
        this.warn = warn;
    }

    public bool Holds(ObjectId blob, string secret)
    {
        if (!known.TryGetValue(blob, out var secrets))
        {
            secrets = [];
            if (!scanned.Contains(blob) && reader.Read(blob) is { } text)
            {
                secrets = scanner.Scan(text, warn).Select(s => s.Secret).ToHashSet();
            }

            known[blob] = secrets;
        }

        return secrets.Contains(secret);
    }
}
