using System;
using System.Text;

namespace LeakGuard.Engine.Rules;

/// <summary>Decodes base 64 as tokens write it: without its '=' padding, and in the URL-safe alphabet or the standard one.</summary>
internal static class UnpaddedBase64
{
    /// <summary>The text <paramref name="value"/> encodes, or <see langword="null"/> when it is not base 64.</summary>
    public static string? Decode(string value)
    {
        var base64 = value.TrimEnd('=').Replace('-', '+').Replace('_', '/');
        if (base64.Length % 4 == 1)
        {
            return null;
        }

        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(base64 + new string('=', (4 - (base64.Length % 4)) % 4)));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
