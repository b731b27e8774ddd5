using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class FastlyRules
{
    private static readonly Remediation Remediation = new("https://manage.fastly.com/account/personal/tokens", "Fastly:ApiToken", "FASTLY_API_TOKEN");

    private static readonly string[] FastlyApiTokenContext = { "fastly" };

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "fastly-api-token",
            "Fastly",
            "Fastly API token (32 characters next to the word Fastly)",
            Patterns.Token("[A-Za-z0-9_-]{32}"),
            FastlyApiTokenContext,
            Remediation,
            minEntropy: 3.5,
            isPlausible: IsPlausibleToken),
    };

    // Fastly's older API keys were 32 lower-case hex digits.
    private static bool IsPlausibleToken(string value) =>
        Plausibility.MixesCasesAndDigits(value) || (Plausibility.IsLowerHex(value) && Plausibility.MixesLettersAndDigits(value, digits: 4));
}
