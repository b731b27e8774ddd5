using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class IntercomRules
{
    private static readonly Remediation Remediation = new("https://app.intercom.com/a/apps/_/developer-hub", "Intercom:AccessToken", "INTERCOM_ACCESS_TOKEN");

    private static readonly string[] IntercomAccessTokenContext = { "intercom" };

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "intercom-access-token",
            "Intercom",
            "Intercom access token (60 base-64 characters next to the word Intercom)",
            Patterns.Token("[A-Za-z0-9+/_-]{59}=", Patterns.Base64),
            IntercomAccessTokenContext,
            Remediation,
            minEntropy: 4,
            isPlausible: Plausibility.MixesCasesAndDigits),
    };
}
