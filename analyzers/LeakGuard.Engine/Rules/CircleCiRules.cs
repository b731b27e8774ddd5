using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class CircleCiRules
{
    private static readonly Remediation Remediation = new("https://app.circleci.com/settings/user/tokens", "CircleCI:Token", "CIRCLECI_TOKEN");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "circleci-personal-token",
            "CircleCI",
            "CircleCI personal API token",
            Patterns.Token("CCIPAT_[A-Za-z0-9]{22}_[a-f0-9]{40}"),
            new[] { "CCIPAT_" },
            Remediation)
        {
            MinEntropy = 3,
        },
        new SecretRule(
            "circleci-project-token",
            "CircleCI",
            "CircleCI project API token",
            Patterns.Token("CCIPRJ_[A-Za-z0-9]{22}_[a-f0-9]{40}"),
            new[] { "CCIPRJ_" },
            Remediation)
        {
            MinEntropy = 3,
        },
    };
}
