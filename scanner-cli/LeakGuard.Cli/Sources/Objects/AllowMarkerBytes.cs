using System;
using System.Linq;
using System.Text;
using LeakGuard.Engine;

namespace LeakGuard.Cli.Sources.Objects;

/// <summary>
/// Whether UTF-8 bytes hold an allow marker (<see cref="AllowMarker"/>), without decoding them. The engine matches
/// markers ignoring case the ordinal way, under which no character outside ASCII folds to an ASCII letter, so an ASCII
/// case-insensitive search of the bytes finds exactly what it finds. The marker is the one thing the engine reads a
/// whole line for, however long the line.
/// </summary>
internal static class AllowMarkerBytes
{
    private static readonly Marker[] Markers = AllowMarker.Markers.Select(Marker.Of).ToArray();

    public static bool MayHold(ReadOnlySpan<byte> text)
    {
        foreach (var marker in Markers)
        {
            for (var at = text.IndexOfAny(marker.Anchor, marker.AnchorUpper); at >= 0; at = Next(text, at, marker))
            {
                var start = at - marker.AnchorAt;
                if (start >= 0 && text.Length - start >= marker.Bytes.Length && Ascii.EqualsIgnoreCase(text.Slice(start, marker.Bytes.Length), marker.Bytes))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static int Next(ReadOnlySpan<byte> text, int at, Marker marker)
    {
        var next = text[(at + 1)..].IndexOfAny(marker.Anchor, marker.AnchorUpper);
        return next < 0 ? -1 : at + 1 + next;
    }

    /// <summary>
    /// A marker's bytes and the one searched for first: its first character that is not a letter (':' in
    /// "leakguard:allow"), rarer in code than any letter, else its first letter in either case.
    /// </summary>
    private sealed record Marker(byte[] Bytes, int AnchorAt, byte Anchor, byte AnchorUpper)
    {
        public static Marker Of(string text)
        {
            var bytes = Encoding.ASCII.GetBytes(text);
            var at = Math.Max(0, Array.FindIndex(bytes, b => !char.IsAsciiLetter((char)b)));
            return new Marker(bytes, at, (byte)char.ToLowerInvariant((char)bytes[at]), (byte)char.ToUpperInvariant((char)bytes[at]));
        }
    }
}
