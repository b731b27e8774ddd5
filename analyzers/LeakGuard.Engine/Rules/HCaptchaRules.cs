using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class HCaptchaRules
{
    private static readonly Remediation Remediation = new("https://dashboard.hcaptcha.com/settings/secrets", "HCaptcha:Secret", "HCAPTCHA_SECRET");

    private static readonly string[] Context = { "hcaptcha" };

    // An hCaptcha account secret: "0x" and 40 hex digits, the form of an Ethereum address, so hCaptcha and a secret's
    // name (or the private key's, as reCAPTCHA-era code calls it) must be near.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "hcaptcha-secret-key",
            "hCaptcha",
            "hCaptcha secret key (0x and 40 hex digits under a secret's name, next to hCaptcha)",
            Patterns.AssignedTo("(?:secret|private[_-]?key|privkey)", "0x[a-fA-F0-9]{40}", Patterns.Base62),
            Context,
            Remediation,
            minEntropy: 3,
            isPlausible: value => Plausibility.MixesLettersAndDigits(value, digits: 4)),

        // The secrets hCaptcha's dashboard issues now: "ES_" and a version 4 GUID without hyphens.
        new SecretRule(
            "hcaptcha-site-secret",
            "hCaptcha",
            "hCaptcha secret (ES_ and a GUID without hyphens)",
            Patterns.Token("ES_[a-f0-9]{12}4[a-f0-9]{3}[89ab][a-f0-9]{15}"),
            new[] { "ES_" },
            Remediation)
        {
            MinEntropy = 3,
        },
    };
}
