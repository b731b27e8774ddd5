namespace LeakGuard.Engine.Rules;

/// <summary>
/// The checksum GitHub and npm put in their tokens: the last six characters are the CRC-32 of the random characters
/// after the prefix (thirty of them, seventy in a GitHub App's refresh token), in base 62 (0-9A-Za-z) left-padded
/// with '0'.
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
}
