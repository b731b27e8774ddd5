using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class CovalentRules
{
    private static readonly Remediation Remediation = new("https://goldrush.dev/platform/apikey/", "Covalent:ApiKey", "COVALENT_API_KEY");

    // A Covalent (GoldRush) API key: "cqt_" and 28 letters and digits, or the older "ckey_" and 27 lower-case letters
    // and digits.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "covalent-api-key",
            "Covalent (GoldRush)",
            "Covalent (GoldRush) API key (cqt_, ckey_)",
            Patterns.Token("cqt_[A-Za-z0-9]{28}|ckey_[a-z0-9]{27}"),
            new[] { "cqt_", "ckey_" },
            Remediation)
        {
            MinEntropy = 3.5,
            IsPlausible = value => Plausibility.MixesLettersAndDigits(value, digits: 2),
        },
    };
}
