using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text;
using System.Text.Unicode;

namespace LeakGuard.Cli.Sources;

/// <summary>
/// Paths as git stores them (bytes, UTF-8 in all but old repositories) and as reports show them, and the C-style
/// quoting git applies to paths with unusual characters in diff headers.
/// </summary>
internal static class GitPath
{
    /// <summary>
    /// A name's bytes as text: UTF-8, except each byte that is not (a Latin-1 name from an old repository), written as
    /// git quotes it, <c>\351</c>. Replacing such bytes with U+FFFD would give two names one text, and no way back.
    /// </summary>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (Utf8.IsValid(bytes))
        {
            return Encoding.UTF8.GetString(bytes);
        }

        var text = new StringBuilder(bytes.Length + 8);
        while (!bytes.IsEmpty)
        {
            if (Rune.DecodeFromUtf8(bytes, out var rune, out var consumed) == OperationStatus.Done)
            {
                text.Append(rune.ToString());
            }
            else
            {
                consumed = 1;
                text.Append('\\').Append(Convert.ToString(bytes[0], 8).PadLeft(3, '0'));
            }

            bytes = bytes[consumed..];
        }

        return text.ToString();
    }

    /// <summary>The bytes <see cref="Decode"/> read <paramref name="text"/> from.</summary>
    public static byte[] Encode(string text)
    {
        var bytes = new List<byte>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 3 < text.Length && IsOctalByte(text.AsSpan(i + 1, 3)))
            {
                bytes.Add(Convert.ToByte(text.Substring(i + 1, 3), 8));
                i += 3;
            }
            else
            {
                var length = char.IsSurrogatePair(text, i) ? 2 : 1;
                bytes.AddRange(Encoding.UTF8.GetBytes(text, i, length));
                i += length - 1;
            }
        }

        return [.. bytes];
    }

    public static string Unquote(string path)
    {
        if (path.Length < 2 || path[0] != '"' || path[^1] != '"')
        {
            return path;
        }

        var bytes = new List<byte>();
        for (var i = 1; i < path.Length - 1; i++)
        {
            var c = path[i];
            if (c != '\\')
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(c.ToString()));
                continue;
            }

            var next = path[++i];
            if (next is >= '0' and <= '7' && i + 2 < path.Length - 1)
            {
                bytes.Add(System.Convert.ToByte(path.Substring(i, 3), 8));
                i += 2;
                continue;
            }

            bytes.Add(next switch
            {
                'n' => (byte)'\n',
                't' => (byte)'\t',
                'r' => (byte)'\r',
                'a' => 7,
                'b' => 8,
                'f' => 12,
                'v' => 11,
                _ => (byte)next,
            });
        }

        return Encoding.UTF8.GetString(bytes.ToArray());
    }

    private static bool IsOctalByte(ReadOnlySpan<char> digits) =>
        digits is [>= '0' and <= '3', >= '0' and <= '7', >= '0' and <= '7'];
}
