using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class KrakenRules
{
    private static readonly Remediation Remediation = new("https://www.kraken.com/u/security/api", "Kraken:PrivateKey", "KRAKEN_PRIVATE_KEY");

    private static readonly string[] Context = { "kraken" };

    // An API private key (64 bytes in base 64) signs orders and withdrawals on the exchange; Kraken must be nearby.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "kraken-access-token",
            "Kraken",
            "Kraken API private key (88 characters of base 64 next to Kraken)",
            Patterns.Token("[A-Za-z0-9+/]{86}==", Patterns.Base64),
            Context,
            Remediation,
            minEntropy: 4.5,
            isPlausible: Plausibility.MixesCasesAndDigits),
    };
}
