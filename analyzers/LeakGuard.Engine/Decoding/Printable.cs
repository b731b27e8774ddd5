namespace LeakGuard.Engine.Decoding;

internal static class Printable
{
    /// <summary>
    /// Whether the text <paramref name="utf8"/> decodes to could be mostly printable (<see cref="IsMostlyPrintable"/>),
    /// told from the bytes alone: its printable characters are its printable ASCII bytes, every other byte below 0x80 is
    /// a character that is not, and the bytes from 0x80 make at least one character (none printable) for every three.
    /// False only when the text cannot be; most binary that passes for base64 is told this way without decoding it.
    /// </summary>
    public static bool MayBeMostlyPrintable(byte[] utf8)
    {
        int printable = 0, other = 0, high = 0;
        foreach (var b in utf8)
        {
            if (b >= 0x80)
            {
                high++;
            }
            else if (IsPrintable((char)b))
            {
                printable++;
            }
            else
            {
                other++;
            }
        }

        var fewestCharacters = printable + other + ((high + 2) / 3);
        return fewestCharacters > 0 && printable * 10 >= fewestCharacters * 9;
    }

    /// <summary>Whether nine characters in ten are printable ASCII or whitespace: text, not binary data.</summary>
    public static bool IsMostlyPrintable(string decoded)
    {
        if (decoded.Length == 0)
        {
            return false;
        }

        var printable = 0;
        foreach (var c in decoded)
        {
            if (IsPrintable(c))
            {
                printable++;
            }
        }

        return printable * 10 >= decoded.Length * 9;
    }

    private static bool IsPrintable(char c) => (c >= ' ' && c < 0x7F) || c is '\n' or '\r' or '\t';
}
