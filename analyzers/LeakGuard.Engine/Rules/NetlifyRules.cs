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
            "Netlify access token (40 to 46 characters, or an older token's 64 hex digits, next to the word Netlify)",
            $"{Patterns.Token("[A-Za-z0-9_-]{40,46}")}|{Patterns.AssignedTo("token", "[0-9a-f]{64}", Patterns.Base62)}",
            NetlifyLegacyTokenContext,
            Remediation,
            minEntropy: 3.5,
            isPlausible: IsPlausibleLegacyToken),
    };

    // Netlify's older tokens are 64 hex digits; only a token's name ("access_token=", "const token") tells them from
    // the SHA-256 digests of deploy files beside the word Netlify.
    private static bool IsPlausibleLegacyToken(string value) =>
        value.Length == 64
            ? Plausibility.MixesLettersAndDigits(value)
            : Plausibility.MixesCasesAndDigits(value) && Entropy.Shannon(value) >= 4;
}
