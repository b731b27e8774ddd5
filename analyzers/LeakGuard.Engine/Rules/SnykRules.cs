using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class SnykRules
{
    private static readonly Remediation Remediation = new("https://app.snyk.io/account", "Snyk:Token", "SNYK_TOKEN");

    private static readonly string[] SnykTokenContext = { "snyk" };

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "snyk-token",
            "Snyk",
            "Snyk API token (a UUID next to the word Snyk)",
            Patterns.Token("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"),
            SnykTokenContext,
            Remediation,
            minEntropy: 3),
    };
}
