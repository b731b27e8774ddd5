using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class OryRules
{
    private static readonly Remediation Remediation = new("https://console.ory.sh/", "Ory:ApiKey", "ORY_API_KEY");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "ory-api-key",
            "Ory",
            "Ory Network API key or personal access token",
            Patterns.Token("ory_(?:pat|apikey|st)_[A-Za-z0-9]{32}", Patterns.Base62),
            new[] { "ory_pat_", "ory_apikey_", "ory_st_" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
    };
}
