using System;

namespace LeakGuard.Engine;

/// <summary>
/// Finds a context keyword where it reads as a word: at the start of a name ("aws_secret", "\"Password\"") or at a
/// camel-case boundary ("myAwsKey"). Inside random text ("...oWPWd0...", a certificate's base 64) short keywords turn
/// up by chance, and there they are no evidence at all. A keyword that holds punctuation ("client.run(", "/token:")
/// never turns up by chance, so it counts wherever it stands ("aclient.run(", "ops@contoso.com/token:").
/// </summary>
internal static class ContextKeyword
{
    public static bool OccursIn(string text, string keyword, int from, int to, int skipStart, int skipEnd)
    {
        for (var at = text.IndexOf(keyword, from, to - from, StringComparison.OrdinalIgnoreCase);
             at >= 0;
             at = at + 1 < to ? text.IndexOf(keyword, at + 1, to - at - 1, StringComparison.OrdinalIgnoreCase) : -1)
        {
            var outsideSecret = at + keyword.Length <= skipStart || at >= skipEnd;
            if (outsideSecret && at + keyword.Length <= to && (StartsWord(text, at) || HoldsPunctuation(keyword)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="keyword"/> holds anything but letters, digits, '_', '-' and spaces.</summary>
    public static bool HoldsPunctuation(string keyword)
    {
        foreach (var c in keyword)
        {
            if (!(char.IsLetterOrDigit(c) || c is '_' or '-' or ' '))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the word at <paramref name="at"/> starts there: after a character that is no letter or digit, or at a camel-case boundary.</summary>
    public static bool StartsWord(string text, int at)
    {
        if (at == 0 || !char.IsLetterOrDigit(text[at - 1]))
        {
            return true;
        }

        return char.IsLower(text[at - 1]) && char.IsUpper(text[at]) && (at + 1 >= text.Length || !char.IsUpper(text[at + 1]));
    }
}
