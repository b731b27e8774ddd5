using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class LinearRules
{
    private static readonly Remediation Remediation = new("https://linear.app/settings/account/security", "Linear:ApiKey", "LINEAR_API_KEY");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "linear-api-key",
            "Linear",
            "Linear personal API key",
            Patterns.Token("lin_api_[A-Za-z0-9]{40}", Patterns.Base62),
            new[] { "lin_api_" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
        new SecretRule(
            "linear-oauth-token",
            "Linear",
            "Linear OAuth access token",
            Patterns.Token("lin_oauth_[a-f0-9]{64}", Patterns.Base62),
            new[] { "lin_oauth_" },
            Remediation)
        {
            MinEntropy = 3,
        },
    };
}
