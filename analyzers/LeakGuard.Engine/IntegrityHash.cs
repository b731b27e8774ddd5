using System;

namespace LeakGuard.Engine;

/// <summary>
/// A Subresource Integrity hash ("sha512-" and base 64, in every package-lock.json and yarn.lock): 88 characters of base
/// 64 are also an Azure storage key's shape, and a run of its letters and digits can have a token's.
/// </summary>
internal static class IntegrityHash
{
    // SRI's algorithms, go.sum's "h1:" (base 64 of a SHA-256) and a wheel's RECORD ("sha256=" and URL-safe base 64).
    private static readonly string[] Algorithms = { "sha512-", "sha384-", "sha256-", "sha1-", "h1:", "sha256=" };

    // The longest digest's base 64 (SHA-512: 88 characters) and a little slack.
    private const int MaxDigestLength = 100;

    /// <summary>Whether <paramref name="at"/> lies in the base 64 of an integrity hash.</summary>
    public static bool Contains(string text, int at)
    {
        for (var start = at; at - start <= MaxDigestLength; start--)
        {
            foreach (var algorithm in Algorithms)
            {
                if (start >= algorithm.Length && string.Compare(text, start - algorithm.Length, algorithm, 0, algorithm.Length, StringComparison.OrdinalIgnoreCase) == 0)
                {
                    return true;
                }
            }

            if (start == 0 || !IsBase64(text[start - 1]))
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsBase64(char c) => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '+' or '/' or '-' or '_';
}
