using System;
using LeakGuard.Engine;
using Microsoft.CodeAnalysis.Text;

namespace LeakGuard.Analyzers;

/// <summary>Maps a finding in the value of a token back to the characters of the key in source.</summary>
internal static class SourceSpans
{
    /// <summary>
    /// The span of the key in <paramref name="source"/> (the token text, starting at <paramref name="sourceStart"/>),
    /// or <see langword="null"/> when the key is not written verbatim there (an escape sequence inside it).
    /// </summary>
    /// <remarks>
    /// Keys never contain quotes, backslashes or braces, so a key written without escapes appears in the token text
    /// exactly as in the value. The n-th occurrence in the value is the n-th in the source only when both hold the
    /// same number of occurrences; otherwise the caller falls back to the whole token.
    /// </remarks>
    public static TextSpan? Locate(string value, string source, int sourceStart, SecretFinding finding)
    {
        // A decoded secret is not in the text; the encoded characters are, at the finding's span.
        var secret = value.Substring(finding.Start, finding.Length);
        var total = Count(value, secret, value.Length);
        if (total == 0 || Count(source, secret, source.Length) != total)
        {
            return null;
        }

        var ordinal = Count(value, secret, finding.Start);
        var at = -1;
        for (var i = 0; i <= ordinal; i++)
        {
            at = source.IndexOf(secret, at + 1, StringComparison.Ordinal);
        }

        return new TextSpan(sourceStart + at, secret.Length);
    }

    /// <summary>How many occurrences of <paramref name="secret"/> start before <paramref name="end"/>.</summary>
    private static int Count(string text, string secret, int end)
    {
        var count = 0;
        for (var at = text.IndexOf(secret, StringComparison.Ordinal); at >= 0 && at < end; at = text.IndexOf(secret, at + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
