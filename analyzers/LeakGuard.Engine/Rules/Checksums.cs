namespace LeakGuard.Engine.Rules;

/// <summary>
/// The checksum GitHub and npm put in their tokens: the last six characters are the CRC-32 of the thirty random
/// characters after the prefix, in base 62 (0-9A-Za-z) left-padded with '0'.
/// </summary>
internal static class Checksums
{
    public const int RandomLength = 30;

    public const int ChecksumLength = 6;

    public static bool HasValidCrc32(string token, int prefixLength)
    {
        if (token.Length != prefixLength + RandomLength + ChecksumLength)
        {
            return false;
        }

        var random = token.Substring(prefixLength, RandomLength);
        return Base62.Encode(Crc32.Compute(random), ChecksumLength) == token.Substring(prefixLength + RandomLength);
    }
}
