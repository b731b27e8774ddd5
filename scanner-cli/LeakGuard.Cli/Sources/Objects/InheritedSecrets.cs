using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using LeakGuard.Cli.Detect;

namespace LeakGuard.Cli.Sources.Objects;

/// <summary>
/// Which secrets a blob holds of those of the blob it is built on (through a chain of deltas), found without scanning
/// it whole. Its new bytes were scanned around (<see cref="ScanWindows"/>) and turned up nothing its base does not
/// hold, so whatever it holds is written as is somewhere in it, as in its base: each place such a text occurs is
/// scanned within <see cref="ScanWindows.Reach"/> bytes each way, as far as any rule looks, and the secrets found there
/// are exactly the ones a whole scan finds there. Anything that does not add up (an occurrence the window does not
/// report, a report at no occurrence, a secret found by decoding, an allow marker, which reads its whole line) leaves
/// the answer to a whole scan. A one-line minified bundle rebuilt by every commit is scanned a few kilobytes a version,
/// not a megabyte.
/// </summary>
internal static class InheritedSecrets
{
    /// <summary>Past this many occurrences, a whole scan is as cheap.</summary>
    private const int MaxOccurrences = 64;

    /// <summary>
    /// Past this many different secrets, a whole scan is cheaper: each is searched for through the whole blob (a
    /// vectorized search runs some 25 times faster than the engine), and a blob full of keys would make it quadratic.
    /// </summary>
    private const int MaxCandidates = 16;

    /// <summary>The secrets <paramref name="text"/> holds of <paramref name="candidates"/>, or null if only a whole scan can tell.</summary>
    public static IReadOnlyList<LocatedSecret>? Find(ReadOnlySpan<byte> text, IReadOnlyList<LocatedSecret> candidates, FragmentScanner scanner, Action<string> warn)
    {
        if (candidates.Any(c => c.Decoded) || text.StartsWith("\uFEFF"u8) || !System.Text.Unicode.Utf8.IsValid(text) || AllowMarkerBytes.MayHold(text))
        {
            return null;
        }

        var secrets = candidates.Select(c => c.Secret).Distinct(StringComparer.Ordinal).ToList();
        var occurrences = secrets.Count <= MaxCandidates ? Occurrences(text, secrets) : null;
        if (occurrences is null)
        {
            return null;
        }

        var found = new List<LocatedSecret>();
        var next = 0;
        while (next < occurrences.Count)
        {
            var (start, end) = Window(text, occurrences[next].Start, occurrences[next].End);
            var first = next;
            while (next < occurrences.Count && occurrences[next].Start - ScanWindows.Reach < end)
            {
                end = Math.Max(end, Window(text, occurrences[next].Start, occurrences[next].End).End);
                next++;
            }

            var within = occurrences.Skip(first).Take(next - first).ToList();
            if (!ScanWindow(text, start, end, within, scanner, warn, found))
            {
                return null;
            }
        }

        return found;
    }

    /// <summary>Where each candidate's text occurs, in order; null past <see cref="MaxOccurrences"/>.</summary>
    private static List<(int Start, int End, string Secret)>? Occurrences(ReadOnlySpan<byte> text, IEnumerable<string> secrets)
    {
        var occurrences = new List<(int Start, int End, string Secret)>();
        foreach (var secret in secrets)
        {
            var bytes = Encoding.UTF8.GetBytes(secret);
            for (var at = text.IndexOf(bytes); at >= 0; at = IndexAfter(text, bytes, at))
            {
                occurrences.Add((at, at + bytes.Length, secret));
                if (occurrences.Count > MaxOccurrences)
                {
                    return null;
                }
            }
        }

        occurrences.Sort((a, b) => a.Start.CompareTo(b.Start));
        return occurrences;
    }

    private static int IndexAfter(ReadOnlySpan<byte> text, byte[] bytes, int at)
    {
        var next = text[(at + 1)..].IndexOf(bytes);
        return next < 0 ? -1 : at + 1 + next;
    }

    /// <summary><see cref="ScanWindows.Reach"/> bytes each way of [start, end), at character boundaries.</summary>
    private static (int Start, int End) Window(ReadOnlySpan<byte> text, int start, int end)
    {
        var from = Math.Max(0, start - ScanWindows.Reach);
        while (from > 0 && Utf8Boundary.IsContinuation(text[from]))
        {
            from--;
        }

        var to = Math.Min(text.Length, end + ScanWindows.Reach);
        while (to < text.Length && Utf8Boundary.IsContinuation(text[to]))
        {
            to++;
        }

        return (from, to);
    }

    /// <summary>
    /// Scans text[start..end) and adds what it finds, placed in the whole text, if it finds exactly the occurrences
    /// that lie in it; false if not.
    /// </summary>
    private static bool ScanWindow(ReadOnlySpan<byte> text, int start, int end, List<(int Start, int End, string Secret)> occurrences, FragmentScanner scanner, Action<string> warn, List<LocatedSecret> found)
    {
        var window = text[start..end];
        var located = scanner.Scan(TextDecoder.DecodeUtf8(window), warn);
        var expected = new HashSet<(string Secret, (int Line, int Column) At)>();
        foreach (var occurrence in occurrences)
        {
            expected.Add((occurrence.Secret, Position(window, occurrence.Start - start)));
        }

        if (located.Count != expected.Count || !located.All(l => l.Decoded is false && expected.Contains((l.Secret, (l.StartLine, l.StartColumn)))))
        {
            return false;
        }

        var before = text[..start];
        var linesBefore = before.Count((byte)'\n');
        var columnsBefore = Encoding.UTF8.GetCharCount(before[(before.LastIndexOf((byte)'\n') + 1)..]);
        foreach (var secret in located)
        {
            found.Add(secret with
            {
                StartLine = secret.StartLine + linesBefore,
                StartColumn = secret.StartLine == 1 ? secret.StartColumn + columnsBefore : secret.StartColumn,
                EndLine = secret.EndLine + linesBefore,
                EndColumn = secret.EndLine == 1 ? secret.EndColumn + columnsBefore : secret.EndColumn,
            });
        }

        return true;
    }

    /// <summary>The 1-based line and column (in UTF-16 code units) of byte <paramref name="at"/> of <paramref name="text"/>.</summary>
    private static (int Line, int Column) Position(ReadOnlySpan<byte> text, int at)
    {
        var before = text[..at];
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        return (before.Count((byte)'\n') + 1, Encoding.UTF8.GetCharCount(before[lineStart..]) + 1);
    }
}
