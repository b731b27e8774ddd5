using System;
using System.Globalization;

namespace LeakGuard.Engine.Rules;

/// <summary>
/// The expiry a shared access signature carries beside its signature ("…&amp;se=2023-12-20T22:54:52Z&amp;…&amp;sig=…"):
/// past it, the signature grants nothing. Documentation's examples are long expired.
/// </summary>
internal static class SasExpiry
{
    /// <summary>Whether the SAS whose signature is <paramref name="signature"/> has no expiry or one still ahead.</summary>
    public static bool IsLive(string line, string signature)
    {
        var at = line.IndexOf(signature, StringComparison.Ordinal);
        if (at < 0)
        {
            return true;
        }

        var start = at;
        while (start > 0 && !IsOutsideUrl(line[start - 1]))
        {
            start--;
        }

        for (var se = line.IndexOf("se=", start, at - start, StringComparison.Ordinal); se >= 0; se = line.IndexOf("se=", se + 1, at - se - 1, StringComparison.Ordinal))
        {
            if (se == start || line[se - 1] is '?' or '&' or ';')
            {
                var end = line.IndexOf('&', se);
                var written = line.Substring(se + 3, (end < 0 || end > at ? at : end) - se - 3);
                var value = Uri.UnescapeDataString(written);
                return !DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var expiry)
                    || expiry > DateTimeOffset.UtcNow;
            }
        }

        return true;
    }

    private static bool IsOutsideUrl(char c) => char.IsWhiteSpace(c) || c is '"' or '\'' or '`' or '<' or '>';
}
