using System;

namespace LeakGuard.Engine;

/// <summary>
/// A value that is the signature of a JSON Web Token ("eyJ…" header, '.', payload, '.', signature): a part of a token
/// that the jwt rule judges whole, which on its own has the shape of the keys that only a nearby word tells apart (43
/// characters of base 64 URL for an HS256 signature). The payload, right after the header, starts "eyJ" as no key does.
/// </summary>
internal static class JwtPart
{
    private const int MaxHeaderAndPayload = 2400;

    public static bool Holds(string text, int start)
    {
        if (start == 0 || text[start - 1] != '.')
        {
            return false;
        }

        var limit = Math.Max(0, start - MaxHeaderAndPayload);
        var at = start - 1;
        while (at > limit && IsTokenChar(text[at - 1]))
        {
            at--;
        }

        return string.CompareOrdinal(text, at, "eyJ", 0, 3) == 0 && text.IndexOf('.', at, start - 1 - at) > at;
    }

    private static bool IsTokenChar(char c) => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_' or '-' or '.';
}
