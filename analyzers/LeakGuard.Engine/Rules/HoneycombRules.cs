using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class HoneycombRules
{
    private static readonly Remediation Remediation = new("https://ui.honeycomb.io/account", "Honeycomb:ApiKey", "HONEYCOMB_API_KEY");

    private static readonly string[] HoneycombApiKeyContext = { "honeycomb" };

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "honeycomb-ingest-key",
            "Honeycomb",
            "Honeycomb ingest key",
            Patterns.Token("hc[a-z]ik_[0-9a-z]{58}", Patterns.Base62),
            new[] { "hcaik_", "hcxik_", "hcbik_" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
        ContextGatedRule.Create(
            "honeycomb-api-key",
            "Honeycomb",
            "Honeycomb configuration API key (22 characters next to the word Honeycomb)",
            Patterns.Token("[A-Za-z0-9]{22}"),
            HoneycombApiKeyContext,
            Remediation,
            minEntropy: 3.5,
            isPlausible: Plausibility.MixesCasesAndDigits),
    };
}
