using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class LaunchDarklyRules
{
    private static readonly Remediation Remediation = new("https://app.launchdarkly.com/settings/authorization", "LaunchDarkly:SdkKey", "LAUNCHDARKLY_SDK_KEY");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "launchdarkly-access-token",
            "LaunchDarkly",
            "LaunchDarkly API access token",
            Patterns.Token("api-" + Patterns.Uuid),
            new[] { "api-" },
            Remediation)
        {
            MinEntropy = 3,
        },
        // Mobile keys (mob-) and client-side ids are meant to ship in clients and are left out on purpose.
        new SecretRule(
            "launchdarkly-sdk-key",
            "LaunchDarkly",
            "LaunchDarkly server-side SDK key",
            Patterns.Token("sdk-" + Patterns.Uuid),
            new[] { "sdk-" },
            Remediation)
        {
            MinEntropy = 3,
        },
    };
}
