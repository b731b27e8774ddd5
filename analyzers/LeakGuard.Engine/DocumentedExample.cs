using System;

namespace LeakGuard.Engine;

/// <summary>
/// A value a document gives as an example: "@example …" in a doc comment, "example: …" in an OpenAPI schema,
/// "Examples: Jira (\"…\")" or "e.g. …" in prose. Client libraries are full of them, often next to a provider's name.
/// </summary>
internal static class DocumentedExample
{
    /// <summary>Whether the line holding <paramref name="at"/> says, before it, that what follows is an example.</summary>
    public static bool Precedes(string text, int at)
    {
        var lineStart = at == 0 ? 0 : text.LastIndexOf('\n', at - 1) + 1;
        if (text.IndexOf("e.g.", lineStart, at - lineStart, StringComparison.OrdinalIgnoreCase) >= 0)
        {
            return true;
        }

        for (var found = text.IndexOf("example", lineStart, at - lineStart, StringComparison.OrdinalIgnoreCase);
             found >= 0;
             found = found + 1 < at ? text.IndexOf("example", found + 1, at - found - 1, StringComparison.OrdinalIgnoreCase) : -1)
        {
            if (IsDocTag(text, found) || IsLabel(text, found + "example".Length, at))
            {
                return true;
            }
        }

        return false;
    }

    // "@example" in a doc comment, not "user@example.com".
    private static bool IsDocTag(string text, int found) =>
        found > 0 && text[found - 1] == '@' && (found == 1 || !char.IsLetterOrDigit(text[found - 2]));

    // "example:", "Examples:", "\"example\": ".
    private static bool IsLabel(string text, int end, int limit)
    {
        if (end < limit && (text[end] is 's' or 'S'))
        {
            end++;
        }

        if (end < limit && text[end] is '"' or '\'')
        {
            end++;
        }

        return end < limit && text[end] == ':';
    }
}
