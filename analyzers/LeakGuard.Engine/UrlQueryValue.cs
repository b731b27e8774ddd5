using System;

namespace LeakGuard.Engine;

/// <summary>
/// A value of a URL's query parameter whose name says nothing of a credential: a shared tweet's tracking "t=" in
/// "twitter.com/…/status/…?s=20&amp;t=…", a page's "ref=" or "v=". The URL's host gives such a value the provider's
/// name nearby, but APIs that take a key in the query name it for one ("key=", "api_key=", "access_token=", "sig=",
/// OpenWeatherMap's "appid=").
/// </summary>
internal static class UrlQueryValue
{
    private const int MaxNameLength = 40;

    private static readonly string[] CredentialWords = { "key", "token", "secret", "auth", "sig", "pass", "pwd", "code", "cred", "appid", "license", "access", "session", "jwt", "bearer" };

    public static bool IsUnnamedParameter(string text, int start)
    {
        if (start < 3 || text[start - 1] != '=')
        {
            return false;
        }

        var nameEnd = start - 1;
        var nameStart = nameEnd;
        while (nameStart > 0 && nameEnd - nameStart < MaxNameLength && (char.IsLetterOrDigit(text[nameStart - 1]) || text[nameStart - 1] is '_' or '-' or '.'))
        {
            nameStart--;
        }

        if (nameStart == nameEnd || nameStart == 0 || !StartsParameter(text, nameStart) || ForeignUrlPath.SchemeBefore(text, nameStart - 1) < 0)
        {
            return false;
        }

        var name = text.Substring(nameStart, nameEnd - nameStart);
        foreach (var word in CredentialWords)
        {
            if (name.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a query's '?' or '&amp;' stands before <paramref name="nameStart"/>, an HTML page's "&amp;amp;" too.</summary>
    private static bool StartsParameter(string text, int nameStart) =>
        text[nameStart - 1] is '?' or '&'
        || (nameStart >= 5 && string.CompareOrdinal(text, nameStart - 5, "&amp;", 0, 5) == 0);
}
