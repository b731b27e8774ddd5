using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class SerperRules
{
    private static readonly Remediation Remediation = new("https://serper.dev/api-key", "Serper:ApiKey", "SERPER_API_KEY");

    private static readonly string[] Context = { "serper" };

    // An API key of the Google search API: 40 hex digits, so Serper must be nearby. Queries are billed to the account.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "serper-api-key",
            "Serper",
            "Serper API key (40 hex digits next to Serper)",
            Patterns.Token("[a-f0-9]{40}", Patterns.Base62),
            Context,
            Remediation,
            minEntropy: 3),
    };
}
