using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class ClojarsRules
{
    private static readonly Remediation Remediation = new("https://clojars.org/tokens", "Clojars:DeployToken", "CLOJARS_DEPLOY_TOKEN");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "clojars-deploy-token",
            "Clojars",
            "Clojars deploy token",
            Patterns.Token("CLOJARS_[a-z0-9]{60}", Patterns.Base62),
            new[] { "CLOJARS_" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
    };
}
