using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class TravisCiRules
{
    private static readonly Remediation Remediation = new("https://app.travis-ci.com/account/preferences", "TravisCI:Token", "TRAVIS_TOKEN");

    private static readonly string[] TravisCiTokenContext = { "travis" };

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "travis-ci-token",
            "Travis CI",
            "Travis CI API token (22 characters next to the word Travis)",
            Patterns.Token("[A-Za-z0-9_-]{22}"),
            TravisCiTokenContext,
            Remediation,
            minEntropy: 3.5,
            isPlausible: value => Plausibility.MixesCasesAndDigits(value) && !GenericValue.IsIdentifierLike(value)),
    };
}
