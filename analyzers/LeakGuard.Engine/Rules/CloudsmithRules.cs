using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class CloudsmithRules
{
    private static readonly Remediation Remediation = new("https://cloudsmith.io/user/settings/api/", "Cloudsmith:ApiKey", "CLOUDSMITH_API_KEY");

    // An API key: "csa_", 30 hex digits and 6 letters and digits. It pushes and pulls the packages of the user's
    // repositories.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "cloudsmith-api-key",
            "Cloudsmith",
            "Cloudsmith API key",
            Patterns.Token("csa_[a-f0-9]{30}[A-Za-z0-9]{6}"),
            new[] { "csa_" },
            Remediation)
        {
            MinEntropy = 3,
        },

        // Keys made before "csa_": 40 hex digits, which only Cloudsmith's name beside them tells from a commit's id.
        ContextGatedRule.Create(
            "cloudsmith-legacy-api-key",
            "Cloudsmith",
            "Cloudsmith API key, legacy format (40 hex digits next to Cloudsmith)",
            Patterns.Token("[a-f0-9]{40}", Patterns.Base62),
            new[] { "cloudsmith" },
            Remediation,
            minEntropy: 3,
            isPlausible: value => Plausibility.MixesLettersAndDigits(value, digits: 2)),
    };
}
