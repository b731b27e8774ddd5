using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class ConvexRules
{
    private static readonly Remediation Remediation = new("https://dashboard.convex.dev", "Convex:DeployKey", "CONVEX_DEPLOY_KEY");

    // A deploy key: the deployment ("prod:upbeat-goldfish-918"), '|' and base 64 of {"v2":"<32 hex digits>"}. It
    // pushes functions and reads and writes all of the deployment's data.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "convex-deploy-key",
            "Convex",
            "Convex deploy key",
            "(?:prod|dev|preview|project):[a-z0-9:-]{3,80}\\|(?<secret>eyJ2MiI6I[A-Za-z0-9+/]{43}In0=)",
            new[] { "|eyJ2MiI6I" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
    };
}
