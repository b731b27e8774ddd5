using System;
using System.Collections.Generic;
using System.Linq;

namespace LeakGuard.Cli.Sources.Objects;

/// <summary>
/// The parts of a blob worth scanning when it is stored as a delta of another blob: the whole lines around what the
/// delta inserted or spliced, widened by <see cref="Reach"/> bytes each way. A secret that is new in this blob must
/// touch new bytes, and one that only the new context makes detectable (a keyword line added above an old token) lies
/// within the rules' context window of them. Secrets copied whole from the base are the base's: a blob derived from a
/// blob holding secrets is looked at again afterwards (<see cref="InheritedSecrets"/>).
/// </summary>
/// <remarks>
/// A line that goes on for more than another <see cref="Reach"/> bytes (minified code, embedded data: one line can be
/// the whole file) is cut there, at a character boundary, when <c>cutLongLines</c> allows it, rather than scanned whole
/// in every version. The one rule that reads a whole line is the allow marker; callers keep lines whole when the blob
/// or its base may hold one (<see cref="AllowMarkerBytes"/>). Nor does a cut fall inside a run of the characters keys
/// and tokens are written in (base64, hex, JWTs: letters, digits, <c>+ / - _ . =</c>) of up to 16 KB: decoded from a
/// point in its middle, a base64 run gives other bytes (credentials kept base64-encoded on one line, with a key put in
/// mid-run, were missed), and a token longer than the reach (a JWT with a large payload) would be seen in part.
/// </remarks>
internal static class ScanWindows
{
    /// <summary>The rules' context window (256 characters) plus a secret of 256, longer than any one-line key format.</summary>
    public const int Reach = 512;

    /// <summary>How far a cut moves to the edge of a token run: the longest base64 run the engine decodes (its <c>Base64Runs.MaximumLength</c>).</summary>
    private const int LongestRun = 16 * 1024;

    /// <summary>The windows, or null when they would cover three quarters of the blob or more.</summary>
    public static (int Start, int End)[]? Around(IReadOnlyList<(int Start, int End)> newRanges, ReadOnlySpan<byte> text, bool cutLongLines)
    {
        var windows = new List<(int Start, int End)>();
        var covered = 0;
        foreach (var (start, end) in newRanges)
        {
            var from = LineStart(text, Math.Max(0, start - Reach), cutLongLines);
            var to = LineEnd(text, Math.Min(text.Length, end + Reach), cutLongLines);
            if (windows.Count > 0 && from <= windows[^1].End)
            {
                covered += Math.Max(0, to - windows[^1].End);
                windows[^1] = (windows[^1].Start, Math.Max(to, windows[^1].End));
            }
            else
            {
                covered += to - from;
                windows.Add((from, to));
            }

            if (covered * 4 >= text.Length * 3)
            {
                return null;
            }
        }

        return [.. windows];
    }

    /// <summary>The windows and whole <paramref name="lines"/> of the same text, in order, overlapping ones joined.</summary>
    public static (int Start, int End)[] Joined((int Start, int End)[] windows, IReadOnlyList<(int Start, int End)> lines)
    {
        var joined = new List<(int Start, int End)>(windows.Length + lines.Count);
        foreach (var (start, end) in windows.Concat(lines).OrderBy(range => range.Start))
        {
            if (joined.Count > 0 && start <= joined[^1].End)
            {
                joined[^1] = (joined[^1].Start, Math.Max(end, joined[^1].End));
            }
            else
            {
                joined.Add((start, end));
            }
        }

        return [.. joined];
    }

    /// <summary>Whether any of <paramref name="windows"/> starts or ends inside a line of <paramref name="text"/>.</summary>
    public static bool CutsLines((int Start, int End)[] windows, ReadOnlySpan<byte> text)
    {
        foreach (var (start, end) in windows)
        {
            if ((start > 0 && text[start - 1] != '\n') || (end < text.Length && text[end - 1] != '\n'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The start of the line holding <paramref name="at"/>, or when cutting, the first character at most <see cref="Reach"/> bytes before it.</summary>
    private static int LineStart(ReadOnlySpan<byte> text, int at, bool cut)
    {
        var floor = cut ? Math.Max(0, at - Reach) : 0;
        var newline = text[floor..at].LastIndexOf((byte)'\n');
        if (newline >= 0)
        {
            return floor + newline + 1;
        }

        while (floor > 0 && floor < at && Utf8Boundary.IsContinuation(text[floor]))
        {
            floor++;
        }

        var runStart = floor;
        while (runStart > 0 && floor - runStart <= LongestRun && IsTokenChar(text[runStart - 1]) && IsTokenChar(text[runStart]))
        {
            runStart--;
        }

        return floor - runStart <= LongestRun ? runStart : floor;
    }

    /// <summary>The end of the line holding <paramref name="at"/>, or when cutting, the last character boundary at most <see cref="Reach"/> bytes after it.</summary>
    private static int LineEnd(ReadOnlySpan<byte> text, int at, bool cut)
    {
        var ceiling = cut ? Math.Min(text.Length, at + Reach) : text.Length;
        var newline = text[at..ceiling].IndexOf((byte)'\n');
        if (newline >= 0)
        {
            return at + newline + 1;
        }

        while (ceiling < text.Length && ceiling > at && Utf8Boundary.IsContinuation(text[ceiling]))
        {
            ceiling--;
        }

        var runEnd = ceiling;
        while (runEnd < text.Length && runEnd - ceiling <= LongestRun && IsTokenChar(text[runEnd - 1]) && IsTokenChar(text[runEnd]))
        {
            runEnd++;
        }

        return runEnd - ceiling <= LongestRun ? runEnd : ceiling;
    }

    /// <summary>A character of base64 (standard or URL-safe, with padding) or of a JWT: all ASCII, never inside a multi-byte character.</summary>
    private static bool IsTokenChar(byte b) => char.IsAsciiLetterOrDigit((char)b) || b is (byte)'+' or (byte)'/' or (byte)'-' or (byte)'_' or (byte)'.' or (byte)'=';
}
