using System;
using System.Collections.Generic;

namespace LeakGuard.Cli.Sources.Objects;

/// <summary>
/// The parts of a blob worth scanning when it is stored as a delta of another blob: the whole lines around what the
/// delta inserted or spliced, widened by <see cref="Reach"/> bytes each way. A secret that is new in this blob must
/// touch new bytes, and one that only the new context makes detectable (a keyword line added above an old token) lies
/// within the rules' context window of them. Secrets copied whole from the base are the base's: a blob derived from a
/// blob holding secrets is scanned whole afterwards.
/// </summary>
internal static class ScanWindows
{
    /// <summary>The rules' context window (256 characters) plus a secret of 256, longer than any one-line key format.</summary>
    public const int Reach = 512;

    /// <summary>The windows, or null when they would cover three quarters of the blob or more.</summary>
    public static (int Start, int End)[]? Around(IReadOnlyList<(int Start, int End)> newRanges, ReadOnlySpan<byte> text)
    {
        var windows = new List<(int Start, int End)>();
        var covered = 0;
        foreach (var (start, end) in newRanges)
        {
            var from = LineStart(text, Math.Max(0, start - Reach));
            var to = LineEnd(text, Math.Min(text.Length, end + Reach));
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

    private static int LineStart(ReadOnlySpan<byte> text, int at) => text[..at].LastIndexOf((byte)'\n') + 1;

    private static int LineEnd(ReadOnlySpan<byte> text, int at)
    {
        var newline = text[at..].IndexOf((byte)'\n');
        return newline < 0 ? text.Length : at + newline + 1;
    }
}
