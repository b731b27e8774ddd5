using System;
using System.Collections.Generic;
using System.Text;
#if NET
using Text = System.ReadOnlySpan<char>;
#else
using Text = string;
#endif

namespace LeakGuard.Engine.Decoding;

/// <summary>Finds runs of URL text with percent-escapes (<c>%2B</c>) and decodes them, keeping each character's offset.</summary>
internal static class PercentRuns
{
    public static IEnumerable<EncodedRun> Find(string text, DecodeBudget budget)
    {
        var at = text.IndexOf('%');
        while (at >= 0 && !budget.IsSpent)
        {
            var start = at;
            while (start > 0 && IsUrlChar(text[start - 1]))
            {
                start--;
            }

            var end = at;
            while (end < text.Length && IsUrlChar(text[end]))
            {
                end++;
            }

            var run = Decode(text, start, end);
            if (run is not null && budget.TrySpend(run.Decoded.Length))
            {
                yield return run;
            }

            at = end < text.Length ? text.IndexOf('%', end) : -1;
        }
    }

#if NET
    /// <summary>Whether <see cref="Find"/> could find a run in <paramref name="text"/>: whether it holds an escape anywhere.</summary>
    public static bool Any(ReadOnlySpan<char> text)
    {
        var from = 0;
        int found;
        while ((found = text.Slice(from).IndexOf('%')) >= 0)
        {
            if (IsEscape(text, from + found))
            {
                return true;
            }

            from += found + 1;
        }

        return false;
    }

#endif
    private static EncodedRun? Decode(string text, int start, int end)
    {
        var decoded = new StringBuilder(end - start);
        var offsets = new List<int>(end - start + 1);
        var escapes = 0;
        for (var i = start; i < end; i++)
        {
            offsets.Add(i);
            if (i + 2 < end && IsEscape(text, i))
            {
                decoded.Append((char)((Hex(text[i + 1]) << 4) | Hex(text[i + 2])));
                escapes++;
                i += 2;
            }
            else
            {
                decoded.Append(text[i]);
            }
        }

        offsets.Add(end);
        return escapes == 0 ? null : new EncodedRun("percent", start, end - start, decoded.ToString(), offsets.ToArray());
    }

    /// <summary>Keys are ASCII, and an escape above 0x7F is as likely a Windows variable (<c>%DB_PASSWORD%</c>): it stays as written.</summary>
    private static bool IsEscape(Text text, int at) =>
        text[at] == '%' && at + 2 < text.Length && IsHex(text[at + 1]) && IsHex(text[at + 2]) && text[at + 1] < '8';

    private static bool IsUrlChar(char c) => c > ' ' && c < 0x7F && c is not ('"' or '\'' or '`' or '<' or '>' or '\\');

    private static bool IsHex(char c) => (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');

    private static int Hex(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}
