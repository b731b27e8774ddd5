namespace LeakGuard.Engine.Rules;

/// <summary>Building blocks for rule patterns, so every rule bounds its tokens the same way.</summary>
internal static class Patterns
{
    public const string Base62 = "A-Za-z0-9";

    public const string UrlSafe = "A-Za-z0-9_-";

    /// <summary>URL-safe characters and '.', for formats whose parts are separated by dots.</summary>
    public const string UrlSafeOrDot = "A-Za-z0-9._-";

    /// <summary>Base 64 without the padding character, so that "Key=" still ends the name before a key.</summary>
    public const string Base64 = "A-Za-z0-9+/";

    /// <summary>
    /// Captures <paramref name="secret"/> as the group <c>secret</c> where it is not part of a longer run of
    /// <paramref name="tokenChars"/>. Look-arounds are not available on the non-backtracking engine, so the
    /// boundaries are matched characters outside the group.
    /// </summary>
    public static string Token(string secret, string tokenChars = UrlSafe) =>
        $"(?:^|[^{tokenChars}])(?<secret>{secret})(?:$|[^{tokenChars}])";

    /// <summary>
    /// Captures <paramref name="secret"/> where it is the value of a name that holds <paramref name="name"/>
    /// (case-insensitive, with up to 20 more name characters after it): <c>name = "…"</c>, <c>"name": "…"</c>,
    /// <c>name: …</c>, <c>NAME=…</c>, <c>name => "…"</c>, <c>["name"] = "…"</c>. For keys whose provider issues a public
    /// value of the same format, which only the name tells apart.
    /// </summary>
    public static string AssignedTo(string name, string secret, string tokenChars = UrlSafe) =>
        $"(?i:{name})[A-Za-z0-9_.-]{{0,20}}[\"'`]?\\]?[ \t]{{0,5}}(?::=|=>|=|:)[ \t]{{0,5}}@?[\"'`]?(?<secret>{secret})(?:$|[^{tokenChars}])";
}
