using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class NpmrcRules
{
    private static readonly Remediation Remediation = new("https://docs.npmjs.com/revoking-access-tokens", "Npm:Token", "NPM_TOKEN");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "npmrc-auth-token",
            "npm",
            "Registry auth token in an .npmrc file (_authToken)",
            "_authToken[ \\t]{0,3}=[ \\t]{0,3}[\"']?(?<secret>[A-Za-z0-9_.+/=-]{19,199}[A-Za-z0-9_+/=-])\\.?(?:$|[^A-Za-z0-9_.+/=-])",
            new[] { "_authToken" },
            Remediation)
        {
            Confidence = Confidence.Medium,
            MinEntropy = 3,
            IsPlausible = value => Plausibility.MixesLettersAndDigits(value),
        },
    };
}
