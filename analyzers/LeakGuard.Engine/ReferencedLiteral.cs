using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace LeakGuard.Engine;

/// <summary>
/// The literal a name is given where the text assigns it: <c>const apiKey = "…";</c>, <c>API_KEY: '…'</c>,
/// <c>$key = "…";</c>, <c>private static final String KEY = "…";</c>, <c>let key: String = "…"</c>, a script's
/// <c>KEY=…</c>, R's <c>key &lt;- "…"</c>. A URL that takes its key from a name (<c>…&amp;appid=${apiKey}</c>, <c>"…&amp;apiKey=" + API_KEY</c>)
/// says what that literal is, however far above it stands.
/// </summary>
internal static class ReferencedLiteral
{
    private const string Quotes = "\"'`";

    // After the name: a closing quote or bracket of a key ("apiKey": …, ['key'] = …, const [key] = …), a type
    // (": string", Go's " string"), the operator, a default's call or fallback (os.getenv("KEY", "…"),
    // os.environ.get("KEY") or "…", process.env.KEY || "…", React's useState("…")), then the value, quoted or bare.
    private static readonly Regex Assignment = new(
        "\\G[\"'\\]]?[ \\t]{0,3}(?::[ \\t]{0,3}&?(?:'static[ \\t]{1,3})?[A-Za-z_][A-Za-z0-9_.<>\\[\\]?]{0,40}[ \\t]{0,3}(?==)|[ \\t]{1,3}string[ \\t]{0,3}(?==))?"
        + "(?:=|:=|:|=>|<-)[ \\t]{0,5}"
        + "(?:(?:useState|useRef|ref|signal)\\(|[A-Za-z_.]{0,20}get(?:env)?\\([ \\t]{0,3}[\"'][A-Za-z0-9_.-]{1,60}[\"'][ \\t]{0,3},[ \\t]{0,3}|[^\\r\\n;]{1,80}?(?:[ \\t]or|\\|\\||\\?\\?)[ \\t]{0,3})?"
        + "[@$]?[rRbBuU]?(?<quote>[\"'`]?)(?<value>[^\"'`\\s\\\\,;)]{1,300})",
        RegexOptions.CultureInvariant,
        TimeSpan.FromSeconds(1));

    /// <summary>
    /// Where <paramref name="name"/> is assigned a literal that <paramref name="shape"/> matches whole: every such
    /// assignment, as a name given one key or another in the branches of an <c>if</c> holds each of them.
    /// </summary>
    public static IEnumerable<(int Start, int Length, int NameStart)> Find(string text, string name, Regex shape)
    {
        for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
        {
            if (StartsName(text, at) && ValueAssignedAt(text, at + name.Length) is { } value && shape.Match(text, value.Start, value.Length).Success)
            {
                yield return (value.Start, value.Length, at);
            }
        }
    }

    private static (int Start, int Length)? ValueAssignedAt(string text, int afterName)
    {
        Match match;
        try
        {
            match = Assignment.Match(text, afterName);
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }

        if (!match.Success)
        {
            return null;
        }

        var value = match.Groups["value"];
        var end = value.Index + value.Length;
        var quote = match.Groups["quote"].Value;
        var closed = quote.Length == 0
            ? end == text.Length || (Quotes.IndexOf(text[end]) < 0 && text[end] != '\\')
            : end < text.Length && text[end] == quote[0];
        return closed ? (value.Index, value.Length) : null;
    }

    private static bool StartsName(string text, int at) =>
        at == 0 || !(char.IsLetterOrDigit(text[at - 1]) || text[at - 1] == '_');
}
