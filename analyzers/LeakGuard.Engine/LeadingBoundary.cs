using System;
using System.Text.RegularExpressions;

namespace LeakGuard.Engine;

/// <summary>
/// The <c>(?:^|[^…])</c> that opens most patterns ("not inside a longer token"), checked in code rather than by the
/// regex. Left in the pattern it matches nearly any character, so the regex engine must try every position; without
/// it the pattern starts with the secret's own prefix ("sk-", "ghp_"), which the engine finds with a vectorized search.
/// The matches are the same: the regex finds each candidate, and a candidate preceded by a token character is passed over.
/// </summary>
internal sealed class LeadingBoundary
{
    private const string Open = "(?:^|[^";
    private const string Close = "])";
    private const string IgnoreCase = "(?i)";

    private readonly bool[] asciiTokenChars = new bool[128];
    private readonly Regex tokenChar;

    private LeadingBoundary(string tokenClass, bool ignoreCase)
    {
        tokenChar = new Regex("[" + tokenClass + "]", RegexOptions.CultureInvariant | (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None));
        for (var c = 0; c < asciiTokenChars.Length; c++)
        {
            asciiTokenChars[c] = tokenChar.IsMatch(((char)c).ToString());
        }
    }

    /// <summary>Splits a leading boundary off <paramref name="pattern"/>; null, and the pattern unchanged, when it has none.</summary>
    public static LeadingBoundary? Split(string pattern, out string rest)
    {
        rest = pattern;
        var ignoreCase = pattern.StartsWith(IgnoreCase, StringComparison.Ordinal);
        var open = ignoreCase ? IgnoreCase.Length : 0;
        if (string.CompareOrdinal(pattern, open, Open, 0, Open.Length) != 0)
        {
            return null;
        }

        var close = pattern.IndexOf(Close, open + Open.Length, StringComparison.Ordinal);
        if (close < 0)
        {
            return null;
        }

        var tokenClass = pattern.Substring(open + Open.Length, close - open - Open.Length);
        var remainder = pattern.Substring(close + Close.Length);
        if (tokenClass.Length == 0 || tokenClass[0] == '^' || IsComplex(tokenClass) || HasTopLevelAlternation(remainder))
        {
            return null;
        }

        rest = (ignoreCase ? IgnoreCase : string.Empty) + remainder;
        return new LeadingBoundary(tokenClass, ignoreCase);
    }

    /// <summary>Only a plain list of characters and ranges is checked in code; nested classes and escapes stay in the pattern.</summary>
    private static bool IsComplex(string tokenClass)
    {
        foreach (var c in tokenClass)
        {
            if (c is '[' or ']' or '\\')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>In <c>(?:^|[^a])x|y</c> the boundary belongs to <c>x</c> only: such a pattern is left whole.</summary>
    private static bool HasTopLevelAlternation(string pattern)
    {
        var depth = 0;
        var inClass = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            switch (pattern[i])
            {
                case '\\':
                    i++;
                    break;
                case '[':
                    inClass = true;
                    break;
                case ']':
                    inClass = false;
                    break;
                case '(' when !inClass:
                    depth++;
                    break;
                case ')' when !inClass:
                    depth--;
                    break;
                case '|' when !inClass && depth == 0:
                    return true;
            }
        }

        return false;
    }

    public bool Allows(string text, int index)
    {
        if (index == 0)
        {
            return true;
        }

        var before = text[index - 1];
        return !(before < asciiTokenChars.Length ? asciiTokenChars[before] : tokenChar.IsMatch(before.ToString()))
            || IsDefaultOperator(text, index);
    }

    // The "-" of a shell's or a compose file's default, ${VAULT_TOKEN:-hvs.…}: a token's own "-" never follows a ':'.
    private static bool IsDefaultOperator(string text, int index) =>
        index >= 2 && text[index - 1] == '-' && text[index - 2] == ':';
}
