using System;
using System.Text;

namespace LeakGuard.Tests;

/// <summary>
/// Builds fake keys at run time from parts, so no whole key literal sits in our source where a scanner (ours or
/// anyone's) would flag it. Bodies are pseudo-random but seeded, so every run sees the same keys.
/// </summary>
internal static class FakeKey
{
    public const string Base62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    public const string Hex = "0123456789abcdef";
    public const string UpperBase32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    public const string Base64 = Base62 + "+/";
    public const string UrlSafe = Base62 + "_-";

    /// <summary>Base 64 of <paramref name="text"/>'s UTF-8 bytes, as keys that wrap an id or JSON are made.</summary>
    public static string Base64Of(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));

    /// <summary>Joins the parts of a key.</summary>
    public static string Of(params string[] parts) => string.Concat(parts);

    /// <summary><paramref name="length"/> characters drawn from <paramref name="alphabet"/>.</summary>
    public static string Random(string alphabet, int length, int seed = 1)
    {
        var random = new Random(seed);
        var builder = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            builder.Append(alphabet[random.Next(alphabet.Length)]);
        }

        return builder.ToString();
    }
}
