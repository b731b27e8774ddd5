using System;

namespace LeakGuard.Engine;

/// <summary>
/// A commit's id where text points at one: a changelog's "/commit/…" link, a workflow's "actions/checkout@…", a build's
/// version "4.17.0-16.…", an archive's "/zipball/…", a lock file's "….tgz#…". Its 40 hex digits are also the shape of
/// many providers' keys.
/// </summary>
internal static class GitObjectReference
{
    private const int IdLength = 40;

    private static readonly string[] Before = { "/commit/", "/commits/", "/tree/", "/blob/", "/zipball/", "/tarball/", "/archive/", "commit " };

    public static bool IsAt(string text, int start, int length)
    {
        if (length != IdLength || !IsLowerHex(text, start, length))
        {
            return false;
        }

        foreach (var before in Before)
        {
            if (start >= before.Length && string.CompareOrdinal(text, start - before.Length, before, 0, before.Length) == 0)
            {
                return true;
            }
        }

        return start >= 2 && (text[start - 1] is '@' or '#' || (text[start - 1] == '.' && char.IsDigit(text[start - 2])));
    }

    internal static bool IsLowerHex(string text, int start, int length)
    {
        for (var i = start; i < start + length; i++)
        {
            if (!(text[i] is (>= '0' and <= '9') or (>= 'a' and <= 'f')))
            {
                return false;
            }
        }

        return true;
    }
}
