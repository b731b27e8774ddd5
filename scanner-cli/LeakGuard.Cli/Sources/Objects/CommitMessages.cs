using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using LeakGuard.Cli.Detect;

namespace LeakGuard.Cli.Sources.Objects;

/// <summary>
/// Secrets pasted into commit messages ("rotated the old key sk-..."): they stay in the history as a file's do, and a
/// scanner that reads only the patches never sees them. Each message is scanned as <c>git log --format=%B</c> shows
/// it (libgit2's form: without leading blank lines), so lines and columns can be found there.
/// </summary>
internal sealed class CommitMessages
{
    /// <summary>The path findings in messages are reported at: no file of a tree is named so.</summary>
    public const string Path = "(commit message)";

    private readonly ConcurrentDictionary<int, IReadOnlyList<LocatedSecret>> found = new();
    private readonly FragmentScanner scanner;
    private readonly Action<string> warn;

    public CommitMessages(FragmentScanner scanner, Action<string> warn)
    {
        this.scanner = scanner;
        this.warn = warn;
    }

    /// <summary>The secrets each commit's message holds, by commit number; commits without any are left out.</summary>
    public IReadOnlyDictionary<int, IReadOnlyList<LocatedSecret>> Found => found;

    /// <summary>
    /// Each secret the messages of <paramref name="log"/>'s commits hold: the earliest commit of the log whose message
    /// holds it (an index into the log), its place there, and how many of the log's messages hold it.
    /// </summary>
    public IReadOnlyCollection<(int Commit, LocatedSecret Location, int Count)> InLog(IReadOnlyList<int> log)
    {
        var earliest = new Dictionary<(string RuleId, string Secret), (int Commit, LocatedSecret Location, int Count)>();
        for (var index = 0; index < log.Count; index++)
        {
            if (found.TryGetValue(log[index], out var located))
            {
                foreach (var secret in located.DistinctBy(s => (s.Rule.Id, s.Secret)))
                {
                    var key = (secret.Rule.Id, secret.Secret);
                    earliest[key] = earliest.TryGetValue(key, out var earlier) ? earlier with { Count = earlier.Count + 1 } : (index, secret, 1);
                }
            }
        }

        return earliest.Values;
    }

    /// <summary>Scans the message of the raw commit object <paramref name="raw"/>: what follows the first empty line.</summary>
    public void ScanRaw(int commit, ReadOnlySpan<byte> raw)
    {
        var end = raw.IndexOf("\n\n"u8);
        if (end >= 0)
        {
            Scan(commit, TextDecoder.DecodeUtf8(raw[(end + 2)..].TrimStart((byte)'\n')));
        }
    }

    public void Scan(int commit, string message)
    {
        if (message.Length > 0 && scanner.Scan(message, warn) is { Count: > 0 } secrets)
        {
            found[commit] = secrets;
        }
    }
}
