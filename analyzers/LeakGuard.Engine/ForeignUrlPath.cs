using System;
using System.Collections.Generic;

namespace LeakGuard.Engine;

/// <summary>
/// A value that is a path segment of a URL on a host the provider's name is not part of: a badge's site id
/// ("api.netlify.com/api/v1/badges/&lt;uuid&gt;/…" under a Snyk badge), an image proxy's digest
/// ("camo.githubusercontent.com/&lt;hex&gt;/…"). Such ids have the shape of the keys that only a nearby word tells apart,
/// and the word is there for another link. APIs that take their key in the path do so on their own host
/// ("api.darksky.net/forecast/&lt;key&gt;/…"), so those stay found.
/// </summary>
internal static class ForeignUrlPath
{
    // How far back from the value a URL's scheme is looked for.
    private const int MaxUrlPrefix = 512;

    public static bool Holds(string text, int start, IReadOnlyList<string> providerWords)
    {
        if (start == 0 || text[start - 1] != '/')
        {
            return false;
        }

        var scheme = SchemeBefore(text, start);
        if (scheme < 0)
        {
            return false;
        }

        var hostStart = scheme + 3;
        var hostEnd = text.IndexOf('/', hostStart, start - hostStart);
        if (hostEnd <= hostStart)
        {
            return false;
        }

        foreach (var word in providerWords)
        {
            if (text.IndexOf(word, hostStart, hostEnd - hostStart, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Where the "://" of the URL that runs, without a break, up to <paramref name="start"/> begins; -1 if none.</summary>
    internal static int SchemeBefore(string text, int start)
    {
        var limit = Math.Max(0, start - MaxUrlPrefix);
        for (var i = start - 1; i >= limit + 2; i--)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || c is '"' or '\'' or '`' or '<' or '>' or '(' or ')' or '[' or ']')
            {
                return -1;
            }

            if (c == '/' && text[i - 1] == '/' && text[i - 2] == ':')
            {
                return i - 2;
            }
        }

        return -1;
    }
}
