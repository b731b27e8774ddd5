using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class ReadmeRules
{
    private static readonly Remediation Remediation = new("https://dash.readme.com/", "Readme:ApiKey", "README_API_KEY");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "readme-api-key",
            "ReadMe",
            "ReadMe API key",
            Patterns.Token("rdme_[a-z0-9]{70}", Patterns.Base62),
            new[] { "rdme_" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
    };
}
