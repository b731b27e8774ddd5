namespace LeakGuard.Cli.Sources.Objects;

/// <summary>Where UTF-8 text may be cut without splitting a character.</summary>
internal static class Utf8Boundary
{
    /// <summary>Whether <paramref name="b"/> continues a multi-byte character (so a cut may not fall before it).</summary>
    public static bool IsContinuation(byte b) => (b & 0xC0) == 0x80;
}
