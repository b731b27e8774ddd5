using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class MergifyRules
{
    private static readonly Remediation Remediation = new("https://dashboard.mergify.com", "Mergify:ApplicationKey", "MERGIFY_TOKEN");

    // An application key: "mergify_application_key_" and 40 or more characters. It drives the merge queue and CI
    // insights of the organization's repositories.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "mergify-application-key",
            "Mergify",
            "Mergify application key",
            Patterns.Token("mergify_application_key_[A-Za-z0-9_-]{40,200}"),
            new[] { "mergify_application_key_" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
    };
}
