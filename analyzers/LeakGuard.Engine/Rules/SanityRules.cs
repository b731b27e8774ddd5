using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class SanityRules
{
    private static readonly Remediation Remediation = new("https://www.sanity.io/manage", "Sanity:Token", "SANITY_TOKEN");

    private static readonly string[] SanityTokenContext = { "sanity" };

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "sanity-token",
            "Sanity",
            "Sanity API token (sk and 78 to 82 characters, or a project's robot token of 170 to 190, next to the word Sanity)",
            Patterns.Token("sk(?:[A-Za-z0-9]{78,82}|[A-Za-z0-9]{170,190})", Patterns.Base62),
            SanityTokenContext,
            Remediation,
            minEntropy: 4),
    };
}
