using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class BuildkiteRules
{
    private static readonly Remediation Remediation = new("https://buildkite.com/user/api-access-tokens", "Buildkite:Token", "BUILDKITE_API_TOKEN");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "buildkite-api-token",
            "Buildkite",
            "Buildkite API access token",
            Patterns.Token("bkua_[a-f0-9]{40}"),
            new[] { "bkua_" },
            Remediation)
        {
            MinEntropy = 3,
        },
    };
}
