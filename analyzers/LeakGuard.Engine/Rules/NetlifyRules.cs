using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class NetlifyRules
{
    private static readonly Remediation Remediation = new("https://app.netlify.com/user/applications#personal-access-tokens", "Netlify:AuthToken", "NETLIFY_AUTH_TOKEN");

    private static readonly string[] NetlifyLegacyTokenContext = { "netlify" };

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "netlify-pat",
            "Netlify",
            "Netlify personal access token",
            Patterns.Token("nfp_[A-Za-z0-9]{36}", Patterns.Base62),
            new[] { "nfp_" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
        ContextGatedRule.Create(
            "netlify-legacy-token",
            "Netlify",
            "Netlify access token (40 to 46 characters next to the word Netlify)",
            Patterns.Token("[A-Za-z0-9_-]{40,46}"),
            NetlifyLegacyTokenContext,
            Remediation,
            minEntropy: 4,
            isPlausible: Plausibility.MixesCasesAndDigits),
    };
}
