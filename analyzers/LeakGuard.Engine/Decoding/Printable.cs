namespace LeakGuard.Engine.Decoding;

internal static class Printable
{
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
            if ((c >= ' ' && c < 0x7F) || c is '\n' or '\r' or '\t')
            {
                printable++;
            }
        }

        return printable * 10 >= decoded.Length * 9;
    }
}
