using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class GitterRules
{
    private static readonly Remediation Remediation = new("https://developer.gitter.im/apps", "Gitter:Token", "GITTER_TOKEN");

    private static readonly string[] Context = { "gitter" };

    // A personal access token reads and posts in every room of its user: 40 hex digits, so Gitter must be nearby.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "gitter-access-token",
            "Gitter",
            "Gitter access token (40 hex digits next to Gitter)",
            Patterns.Token("[a-f0-9]{40}", Patterns.Base62),
            Context,
            Remediation,
            minEntropy: 3),
    };
}
