using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class ScalingoRules
{
    private static readonly Remediation Remediation = new("https://dashboard.scalingo.com/account/tokens", "Scalingo:ApiToken", "SCALINGO_API_TOKEN");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "scalingo-api-token",
            "Scalingo",
            "Scalingo API token",
            Patterns.Token("tk-us-[A-Za-z0-9_-]{48}"),
            new[] { "tk-us-" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
    };
}
