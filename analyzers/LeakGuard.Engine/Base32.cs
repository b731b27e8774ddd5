using System;

namespace LeakGuard.Engine;

/// <summary>Base 32 of RFC 4648 (A-Z, 2-7), upper case and unpadded, as NATS writes its nkeys.</summary>
public static class Base32
{
    /// <summary>The bytes <paramref name="text"/> encodes, or null when it holds a character outside the alphabet.</summary>
    public static byte[]? Decode(string text)
    {
        var bytes = new byte[text.Length * 5 / 8];
        var buffer = 0;
        var bits = 0;
        var next = 0;
        foreach (var c in text)
        {
            var value = c is >= 'A' and <= 'Z' ? c - 'A' : c is >= '2' and <= '7' ? c - '2' + 26 : -1;
            if (value < 0)
            {
                return null;
            }

            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                bytes[next++] = (byte)(buffer >> bits);
                buffer &= (1 << bits) - 1;
            }
        }

        return bytes;
    }
}
