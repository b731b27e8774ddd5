using System;

namespace LeakGuard.Engine;

/// <summary>The name a value is given where it is written: "SEARCH_ALGOLIA_KEY" in <c>SEARCH_ALGOLIA_KEY = "…"</c>.</summary>
internal static class AssignedName
{
    private const int MaxGap = 8;
    private const int MaxLength = 64;

    /// <summary>
    /// Whether the name before the secret, from the start of the identifier the match begins in (so "SEARCH_" of
    /// "SEARCH_ALGOLIA_KEY" counts) to the secret, holds one of <paramref name="names"/> (ignoring case).
    /// </summary>
    public static bool Holds(string text, int matchStart, int secretStart, System.Collections.Generic.IReadOnlyList<string> names)
    {
        var (from, _) = Find(text, matchStart, secretStart);
        foreach (var name in names)
        {
            if (text.IndexOf(name, from, secretStart - from, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a value that the match does not name itself (a token pattern) is given a name of an identifier: "id",
    /// "client_id", "app.id", "conversionId", "clientID". Identifiers are public; key-shaped ones (UUIDs, hex) are common.
    /// </summary>
    public static bool NamesAnIdentifier(string text, int matchStart, int secretStart)
    {
        if (matchStart != secretStart && IsNameCharacter(text[matchStart]))
        {
            return false;
        }

        var (from, to) = Find(text, matchStart, secretStart);
        var length = to - from;
        if (length < 2 || char.ToLowerInvariant(text[to - 2]) != 'i' || char.ToLowerInvariant(text[to - 1]) != 'd')
        {
            return false;
        }

        if (length == 2)
        {
            return true;
        }

        var before = text[to - 3];
        return before is '_' or '-' or '.'
            || (text[to - 2] == 'I' && (char.IsLower(before) || char.IsDigit(before)));
    }

    /// <summary>
    /// Where the name starts and ends. A match that starts at its value, or at the boundary character before it (a token
    /// pattern), reaches back over the quotes, spaces, assignment and fallback operators between the value and its name
    /// ("PLAID_PUBLIC_KEY = \"", "publicKey: '", "env.CLIENT_ID ?? \"").
    /// </summary>
    private static (int From, int To) Find(string text, int matchStart, int secretStart)
    {
        var from = matchStart;
        if (from == secretStart || !IsNameCharacter(text[from]))
        {
            for (var gap = 0; from > 0 && gap < MaxGap && text[from - 1] is ' ' or '\t' or '"' or '\'' or '=' or ':' or '>' or ']' or '?' or '|'; gap++)
            {
                from--;
            }
        }

        var to = from;
        while (from > 0 && matchStart - from < MaxLength && IsNameCharacter(text[from - 1]))
        {
            from--;
        }

        return (from, to);
    }

    private static bool IsNameCharacter(char c) => char.IsLetterOrDigit(c) || c is '_' or '-' or '.';
}
