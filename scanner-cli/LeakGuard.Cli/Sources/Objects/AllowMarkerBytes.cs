using System;
using System.Text;

namespace LeakGuard.Cli.Sources.Objects;

/// <summary>
/// Whether UTF-8 bytes may hold an allow marker (<see cref="LeakGuard.Engine.AllowMarker"/>), without decoding them:
/// every marker holds ":allow", and no character but those five folds to them, so bytes without it in any case hold
/// none. The marker is the one thing the engine reads a whole line for, however long the line.
/// </summary>
internal static class AllowMarkerBytes
{
    public static bool MayHold(ReadOnlySpan<byte> text)
    {
        for (var colon = text.IndexOf((byte)':'); colon >= 0; colon = NextColon(text, colon))
        {
            if (text.Length - colon > 5 && Ascii.EqualsIgnoreCase(text.Slice(colon + 1, 5), "allow"u8))
            {
                return true;
            }
        }

        return false;
    }

    private static int NextColon(ReadOnlySpan<byte> text, int colon)
    {
        var next = text[(colon + 1)..].IndexOf((byte)':');
        return next < 0 ? -1 : colon + 1 + next;
    }
}
