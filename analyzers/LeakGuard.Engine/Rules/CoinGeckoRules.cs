using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class CoinGeckoRules
{
    private static readonly Remediation Remediation = new("https://www.coingecko.com/en/developers/dashboard", "CoinGecko:ApiKey", "COINGECKO_API_KEY");

    // A CoinGecko API key: "CG-" and 24 letters and digits (the demo plan's and the paid plans').
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "coingecko-api-key",
            "CoinGecko",
            "CoinGecko API key (CG-)",
            Patterns.Token("CG-[A-Za-z0-9]{24}"),
            new[] { "CG-" },
            Remediation)
        {
            MinEntropy = 3.5,
            IsPlausible = Plausibility.IsRandomBase62,
        },
    };
}
