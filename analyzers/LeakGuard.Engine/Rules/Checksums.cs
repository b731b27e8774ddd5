using System.Globalization;

namespace LeakGuard.Engine.Rules;

/// <summary>
/// The CRC-32 checksums tokens end with. GitHub's and npm's: the last six characters are the CRC-32 of the random
/// characters after the prefix (thirty of them, seventy in a GitHub App's refresh token), in base 62 (0-9A-Za-z)
/// left-padded with '0'. Private Packagist's and Trello's: eight hex digits over everything before them.
/// </summary>
internal static class Checksums
{
    public const int RandomLength = 30;

    public const int ChecksumLength = 6;

    public static bool HasValidCrc32(string token, int prefixLength, int randomLength = RandomLength)
    {
        if (token.Length != prefixLength + randomLength + ChecksumLength)
        {
            return false;
        }

        var random = token.Substring(prefixLength, randomLength);
        return Base62.Encode(Crc32.Compute(random), ChecksumLength) == token.Substring(prefixLength + randomLength);
    }

    /// <summary>Whether the last 8 characters of <paramref name="token"/> are the CRC-32 of everything before them in hex.</summary>
    public static bool HasHexCrc32Suffix(string token, bool upperCase)
    {
        var body = token.Substring(0, token.Length - 8);
        return Crc32.Compute(body).ToString(upperCase ? "X8" : "x8", CultureInfo.InvariantCulture) == token.Substring(body.Length);
    }
}
