using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class PackagistRules
{
    private static readonly Remediation Remediation = new("https://packagist.com/", "Packagist:Token", "COMPOSER_AUTH");

    // Older tokens, and those of Private Packagist for Vendors, are the 60 hex digits alone: only the repository's
    // host or name beside them tells them apart.
    private static readonly string[] LegacyTokenContext = { "repo.packagist.com", "packagist" };

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        // "packagist_", the token's kind and "_", 60 random hex digits, then the CRC-32 of all that before it in 8 hex
        // digits: the example in Packagist's docs does not pass it.
        new SecretRule(
            "packagist-token",
            "Packagist",
            "Private Packagist token",
            Patterns.Token("packagist_[a-z]{3}_[a-f0-9]{68}", Patterns.Base62),
            new[] { "packagist_" },
            Remediation)
        {
            MinEntropy = 3,
            Validator = token => Checksums.HasHexCrc32Suffix(token, upperCase: false),
        },
        ContextGatedRule.Create(
            "packagist-legacy-token",
            "Packagist",
            "Private Packagist token of the older format (60 hex digits next to repo.packagist.com or Packagist)",
            Patterns.Token("[a-f0-9]{60}", Patterns.Base62),
            LegacyTokenContext,
            Remediation,
            minEntropy: 3.5,
            isPlausible: value => Plausibility.MixesLettersAndDigits(value)),
    };
}
