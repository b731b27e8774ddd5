using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class PinterestRules
{
    private static readonly Remediation Remediation = new("https://developers.pinterest.com/apps/", "Pinterest:AccessToken", "PINTEREST_ACCESS_TOKEN");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "pinterest-access-token",
            "Pinterest",
            "Pinterest API access or refresh token (pina_, pinr_)",
            Patterns.Token("pin[ar]_[A-Za-z0-9_-]{32,250}", "A-Za-z0-9+/_-"),
            new[] { "pina_", "pinr_" },
            Remediation)
        {
            MinEntropy = 4,
            IsPlausible = Plausibility.MixesCasesAndDigits,
        },
    };
}
