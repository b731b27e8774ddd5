using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class RunwayRules
{
    private static readonly Remediation Remediation = new("https://dev.runwayml.com/", "Runway:ApiSecret", "RUNWAYML_API_SECRET");

    private static readonly string[] RunwayApiKeyContext = { "runway" };

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "runway-api-key",
            "Runway",
            "Runway API secret (key_ and 128 hex digits next to Runway)",
            Patterns.Token("key_[a-f0-9]{128}", Patterns.Base62),
            RunwayApiKeyContext,
            Remediation,
            minEntropy: 3),
    };
}
