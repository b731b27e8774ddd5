using System;
using System.Text;

namespace LeakGuard.Cli.Sources;

/// <summary>
/// Turns file or blob bytes into text the way git itself judges them: a NUL byte in the first 8000 bytes means binary,
/// unless a UTF-16 byte order mark, or the NUL pattern of UTF-16 without one, says otherwise. Git LFS pointers are
/// recognised so that they are not scanned as text.
/// </summary>
internal static class TextDecoder
{
    private const int BinaryProbeLength = 8000;

    private static readonly byte[] LfsPrefix = Encoding.ASCII.GetBytes("version https://git-lfs.github.com/spec/v1");

    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public static ContentKind Classify(ReadOnlySpan<byte> bytes)
    {
        if (HasUtf16Bom(bytes) || Utf16WithoutBom(bytes) is not null)
        {
            return ContentKind.Text;
        }

        if (bytes.StartsWith(LfsPrefix))
        {
            return ContentKind.LfsPointer;
        }

        return bytes[..Math.Min(bytes.Length, BinaryProbeLength)].Contains((byte)0) ? ContentKind.Binary : ContentKind.Text;
    }

    /// <summary>Whether text classified as <see cref="ContentKind.Text"/> is UTF-8 (no UTF-16 byte order mark or pattern).</summary>
    public static bool IsUtf8(ReadOnlySpan<byte> bytes) => !HasUtf16Bom(bytes) && Utf16WithoutBom(bytes) is null;

    /// <summary>Decodes part of a UTF-8 text that starts and ends at line boundaries.</summary>
    public static string DecodeUtf8(ReadOnlySpan<byte> bytes) => Utf8.GetString(bytes);

    /// <summary>Decodes part of a UTF-8 text into <paramref name="buffer"/>, or, longer than it, into an array of its own.</summary>
    public static ReadOnlySpan<char> DecodeUtf8(ReadOnlySpan<byte> bytes, char[] buffer)
    {
        var into = Fitting(bytes, buffer);
        return into.AsSpan(0, Utf8.GetChars(bytes, into));
    }

    /// <summary>Decodes text already classified as <see cref="ContentKind.Text"/>; without a BOM it is UTF-8.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        var (encoding, skip) = EncodingOf(bytes);
        return encoding.GetString(bytes[skip..]);
    }

    /// <summary>
    /// Decodes as <see cref="Decode(ReadOnlySpan{byte})"/> does into <paramref name="buffer"/>, a scanning worker's own,
    /// or into an array of its own for a text longer than the buffer (rare: the buffer is not grown to keep it).
    /// </summary>
    public static ReadOnlySpan<char> Decode(ReadOnlySpan<byte> bytes, char[] buffer)
    {
        var (encoding, skip) = EncodingOf(bytes);
        var into = Fitting(bytes, buffer);
        return into.AsSpan(0, encoding.GetChars(bytes[skip..], into));
    }

    /// <summary>The buffer, if it holds as many characters as there are bytes (as many as any of these encodings makes of them).</summary>
    private static char[] Fitting(ReadOnlySpan<byte> bytes, char[] buffer) =>
        bytes.Length <= buffer.Length ? buffer : GC.AllocateUninitializedArray<char>(bytes.Length);

    /// <summary>The encoding a text is in, and the length of its byte order mark.</summary>
    private static (Encoding Encoding, int Skip) EncodingOf(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            return (Encoding.Unicode, 2);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            return (Encoding.BigEndianUnicode, 2);
        }

        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            return (Utf8, 3);
        }

        return (Utf16WithoutBom(bytes) ?? Utf8, 0);
    }

    /// <summary>
    /// UTF-16 saved without a byte order mark (PowerShell redirections, some Windows tools) would pass for binary by its
    /// NUL bytes; when the probe alternates NUL and non-NUL bytes exactly, as mostly-Latin UTF-16 text does, it is text.
    /// </summary>
    private static Encoding? Utf16WithoutBom(ReadOnlySpan<byte> bytes)
    {
        var probe = bytes[..Math.Min(bytes.Length, BinaryProbeLength)];
        if (probe.Length < 4 || bytes.Length % 2 != 0)
        {
            return null;
        }

        bool little = true, big = true;
        for (var i = 0; i + 1 < probe.Length && (little || big); i += 2)
        {
            little &= probe[i] != 0 && probe[i + 1] == 0;
            big &= probe[i] == 0 && probe[i + 1] != 0;
        }

        return little ? Encoding.Unicode : big ? Encoding.BigEndianUnicode : null;
    }

    private static bool HasUtf16Bom(ReadOnlySpan<byte> bytes) =>
        bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF));
}
