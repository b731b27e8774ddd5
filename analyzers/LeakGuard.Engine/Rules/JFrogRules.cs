using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class JFrogRules
{
    private static readonly Remediation Remediation = new("https://jfrog.com/help/r/jfrog-platform-administration-documentation/access-tokens", "Artifactory:Token", "ARTIFACTORY_TOKEN");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "jfrog-api-key",
            "JFrog",
            "JFrog Artifactory API key",
            Patterns.Token("AKCp[A-Za-z0-9]{69}", Patterns.Base62),
            new[] { "AKCp" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
        new SecretRule(
            "jfrog-identity-token",
            "JFrog",
            "JFrog Artifactory identity or reference token",
            Patterns.Token("cmVmdGtuOjAxOj[A-Za-z0-9]{50,70}", Patterns.Base62),
            new[] { "cmVmdGtuOjAxOj" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
    };
}
