using System;
using System.Collections.Generic;
#if NET
using System.Buffers;
#endif

namespace LeakGuard.Engine;

/// <summary>The inline marker that tells every scanner a line holds no real secret.</summary>
public static class AllowMarker
{
    private static readonly string[] MarkerTexts = { "leakguard:allow", "gitleaks:allow" };

#if NET
    // One vectorized pass for both markers: a minified file is one line of a megabyte, searched for each text scanned.
    private static readonly SearchValues<string> AnyMarker = SearchValues.Create(MarkerTexts, StringComparison.OrdinalIgnoreCase);
#endif

    /// <summary>The markers, matched ignoring case (ordinal: only ASCII letters fold to their letters).</summary>
    public static IReadOnlyList<string> Markers => MarkerTexts;

    /// <summary>Whether the line of <paramref name="text"/> that holds <paramref name="position"/> carries an allow marker.</summary>
    public static bool IsOnLine(string text, int position)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        var start = position <= 0 ? 0 : text.LastIndexOf('\n', Math.Min(position, text.Length) - 1) + 1;
        var end = text.IndexOf('\n', Math.Min(position, text.Length));
        if (end < 0)
        {
            end = text.Length;
        }

        return Contains(text, start, end - start);
    }

    public static bool Contains(string text, int start, int length)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

#if NET
        return text.AsSpan(start, length).IndexOfAny(AnyMarker) >= 0;
#else
        foreach (var marker in MarkerTexts)
        {
            if (text.IndexOf(marker, start, length, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return false;
#endif
    }
}
