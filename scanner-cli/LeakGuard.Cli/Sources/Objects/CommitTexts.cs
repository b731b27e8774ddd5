using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using LeakGuard.Cli.Detect;
using LibGit2Sharp;

namespace LeakGuard.Cli.Sources.Objects;

/// <summary>
/// Secrets in what a commit says about itself rather than in its files: pasted into its message ("rotated the old key
/// sk-..."), or into an author's or committer's name or email by a mistyped <c>git config</c>. They stay in the
/// history as a file's do, and a scanner that reads only the patches never sees them. One instance per kind of text,
/// reported at its own <see cref="Path"/>.
/// </summary>
internal sealed class CommitTexts
{
    /// <summary>Messages, scanned as <c>git log --format=%B</c> shows them (libgit2's form: without leading blank lines).</summary>
    public const string MessagePath = "(commit message)";

    /// <summary>Identities, scanned as two lines: <c>author Name &lt;email&gt;</c>, then <c>committer Name &lt;email&gt;</c>.</summary>
    public const string IdentityPath = "(commit identity)";

    private readonly ConcurrentDictionary<int, IReadOnlyList<LocatedSecret>> found = new();
    private readonly FragmentScanner scanner;
    private readonly Action<string> warn;

    public CommitTexts(string path, FragmentScanner scanner, Action<string> warn)
    {
        Path = path;
        this.scanner = scanner;
        this.warn = warn;
    }

    /// <summary>The path findings in these texts are reported at: no file of a tree is named so.</summary>
    public string Path { get; }

    /// <summary>The secrets each commit's text holds, by commit number; commits without any are left out.</summary>
    public IReadOnlyDictionary<int, IReadOnlyList<LocatedSecret>> Found => found;

    /// <summary>The message of the raw commit object <paramref name="raw"/>: what follows the first empty line.</summary>
    public static string MessageOf(ReadOnlySpan<byte> raw)
    {
        var end = raw.IndexOf("\n\n"u8);
        return end < 0 ? string.Empty : TextDecoder.DecodeUtf8(raw[(end + 2)..].TrimStart((byte)'\n'));
    }

    /// <summary>The author and committer lines of the raw commit object <paramref name="raw"/>, without their dates.</summary>
    public static string IdentitiesOf(ReadOnlySpan<byte> raw)
    {
        string? author = null, committer = null;
        while (!raw.IsEmpty && (author is null || committer is null))
        {
            var newline = raw.IndexOf((byte)'\n');
            var line = newline < 0 ? raw : raw[..newline];
            raw = newline < 0 ? [] : raw[(newline + 1)..];
            if (line.IsEmpty)
            {
                break;
            }

            if (line.StartsWith("author "u8))
            {
                author ??= TextDecoder.DecodeUtf8(line[..(line.LastIndexOf((byte)'>') + 1)]);
            }
            else if (line.StartsWith("committer "u8))
            {
                committer ??= TextDecoder.DecodeUtf8(line[..(line.LastIndexOf((byte)'>') + 1)]);
            }
        }

        return $"{author}\n{committer}";
    }

    /// <summary>The same two lines as LibGit2Sharp reads them.</summary>
    public static string IdentitiesOf(Commit commit) =>
        $"author {commit.Author.Name} <{commit.Author.Email}>\ncommitter {commit.Committer.Name} <{commit.Committer.Email}>";

    public void Scan(int commit, string text)
    {
        if (text.Length > 0 && scanner.Scan(text, warn) is { Count: > 0 } secrets)
        {
            found[commit] = secrets;
        }
    }

    /// <summary>
    /// Each secret the texts of <paramref name="log"/>'s commits hold: the earliest commit of the log whose text holds
    /// it (an index into the log), its place there, and how many of the log's commits hold it.
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
}
