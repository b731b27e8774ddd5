using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class PackagistRules
{
    private static readonly Remediation Remediation = new("https://packagist.com/", "Packagist:Token", "COMPOSER_AUTH");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "packagist-token",
            "Packagist",
            "Private Packagist token",
            Patterns.Token("packagist_[a-z]{3}_[a-f0-9]{68}", Patterns.Base62),
            new[] { "packagist_" },
            Remediation)
        {
            MinEntropy = 3,
        },
    };
}
