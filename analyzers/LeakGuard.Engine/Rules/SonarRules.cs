using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class SonarRules
{
    private static readonly Remediation Remediation = new("https://docs.sonarsource.com/sonarqube-server/latest/user-guide/managing-tokens/", "Sonar:Token", "SONAR_TOKEN");

    private static readonly string[] SonarcloudTokenContext = { "sonar" };

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "sonarqube-token",
            "SonarQube",
            "SonarQube user, project or global analysis token",
            Patterns.Token("sq[uap]_[a-f0-9]{40}", Patterns.Base62),
            new[] { "squ_", "sqp_", "sqa_" },
            Remediation)
        {
            MinEntropy = 3,
        },
        ContextGatedRule.Create(
            "sonarcloud-token",
            "SonarQube",
            "SonarQube or SonarCloud token of the format before sq?_ prefixes (40 hex digits next to the word Sonar)",
            Patterns.Token("[a-f0-9]{40}", Patterns.Base62),
            SonarcloudTokenContext,
            Remediation,
            minEntropy: 3),
    };
}
