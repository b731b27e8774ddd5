using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class TravisCiRules
{
    private static readonly Remediation Remediation = new("https://app.travis-ci.com/account/preferences", "TravisCI:Token", "TRAVIS_TOKEN");

    private static readonly string[] TravisCiTokenContext = { "travis" };

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "travis-ci-token",
            "Travis CI",
            "Travis CI API token (22 characters next to the word Travis)",
            Patterns.Token("[A-Za-z0-9_-]{22}"),
            TravisCiTokenContext,
            Remediation)
        {
            Confidence = Confidence.Medium,
            ContextKeywords = TravisCiTokenContext,
            MinEntropy = 3.5,
            IsPlausible = value => Plausibility.MixesLettersAndDigits(value) && Plausibility.HasUpperAndLower(value),
        },
    };
}
