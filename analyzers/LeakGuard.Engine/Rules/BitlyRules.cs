using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class BitlyRules
{
    private const string Key = "R_[0-9a-f]{32}|[0-9a-f]{40}";

    private static readonly Remediation Remediation = new("https://app.bitly.com/settings/api/", "Bitly:AccessToken", "BITLY_ACCESS_TOKEN");

    // A Bitly access token (40 hex digits) or a legacy API key (R_ and 32 hex digits), on a Bitly API URL or under its
    // name. It shortens links on the account and reads its click data.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "bitly-access-token",
            "Bitly",
            "Bitly access token or legacy API key",
            Patterns.QueryParameter("api(?:-ssl)?\\.(?:bit\\.ly|bitly\\.com)/", "(?:apikey|access_token)", Key) + "|" + Patterns.AssignedTo("bitly_?(?:api_?|access_?|generic_?access_?)?(?:key|token)", Key),
            new[] { "bit.ly", "bitly" },
            Remediation)
        {
            MinEntropy = 3,
            ReferencedValue = Key,
        },
    };
}
