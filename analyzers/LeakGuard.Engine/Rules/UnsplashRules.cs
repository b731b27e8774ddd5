using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class UnsplashRules
{
    private const string Key = "[A-Za-z0-9_-]{43}|[0-9a-f]{64}";

    private static readonly Remediation Remediation = new("https://unsplash.com/oauth/applications", "Unsplash:AccessKey", "UNSPLASH_ACCESS_KEY");

    // An Unsplash access key: 43 URL-safe characters (64 hex digits for older applications), as the client_id of an
    // api.unsplash.com URL, after the "Client-ID" authorization scheme or under its name.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "unsplash-access-key",
            "Unsplash",
            "Unsplash access key (43 characters for api.unsplash.com)",
            Patterns.QueryParameter("api\\.unsplash\\.com/", "client_id", Key) + "|Client-ID[ \t]{1,3}(?<secret>[A-Za-z0-9_-]{43})(?:$|[^A-Za-z0-9_-])|createApi\\(\\{[ \t\r\n]{0,20}accessKey[ \t]{0,3}:[ \t]{0,3}[\"'`](?<secret>[A-Za-z0-9_-]{43})[\"'`]|" + Patterns.AssignedTo("unsplash_?(?:access_?|api_?)?key", "[A-Za-z0-9_-]{43}"),
            new[] { "unsplash", "Client-ID" },
            Remediation)
        {
            ReferencedValue = Key,
            MinEntropy = 3.5,
            IsPlausible = value => Plausibility.MixesLettersAndDigits(value, digits: 2),
        },
    };
}
