using System;

namespace LeakGuard.Engine;

/// <summary>
/// A comment after the value, on its line, that says it is a digest: <c>CACHE_KEY = "…"  # md5 of the prompt</c>. A
/// digest of hex or base 64 has the shape of many keys.
/// </summary>
internal static class DigestComment
{
    private const int MaxDistance = 160;

    private static readonly string[] CommentStarts = { "#", "//", "--", "/*" };

    private static readonly string[] Words = { "md5", "sha1", "sha-1", "sha256", "sha-256", "sha512", "sha-512", "hash", "checksum", "digest" };

    public static bool Follows(string text, int secretEnd)
    {
        var lineEnd = text.IndexOf('\n', secretEnd);
        var end = Math.Min(lineEnd < 0 ? text.Length : lineEnd, secretEnd + MaxDistance);
        var comment = FirstCommentStart(text, secretEnd, end);
        if (comment < 0)
        {
            return false;
        }

        foreach (var word in Words)
        {
            for (var at = text.IndexOf(word, comment, end - comment, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(word, at + 1, end - at - 1, StringComparison.OrdinalIgnoreCase))
            {
                if (!char.IsLetter(text[at - 1]) && (at + word.Length == text.Length || !char.IsLetter(text[at + word.Length])))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static int FirstCommentStart(string text, int from, int end)
    {
        var first = -1;
        foreach (var start in CommentStarts)
        {
            var at = text.IndexOf(start, from, end - from, StringComparison.Ordinal);
            if (at >= 0 && (first < 0 || at < first) && (at == 0 || text[at - 1] is ' ' or '\t' or ';' or ',' or '"' or '\'' or ')'))
            {
                first = at;
            }
        }

        return first;
    }
}
