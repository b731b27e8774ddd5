using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class FinnhubRules
{
    private const string Key = "[a-z0-9]{20}(?:[a-z0-9]{20})?";

    private static readonly Remediation Remediation = new("https://finnhub.io/dashboard", "Finnhub:ApiKey", "FINNHUB_API_KEY");

    private static readonly string[] Context = { "finnhub" };

    // An API key of the market data service: 20 lower-case letters and digits, so Finnhub must be nearby.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        // Keys issued since 2023 are two 20-character ids one after the other.
        ContextGatedRule.Create(
            "finnhub-access-token",
            "Finnhub",
            "Finnhub API key (20 or 40 lower-case letters and digits next to Finnhub)",
            Patterns.Token(Key, Patterns.Base62) + "|" + Patterns.ParameterReference("token"),
            Context,
            Remediation,
            minEntropy: 3,
            isPlausible: value => Plausibility.MixesLettersAndDigits(value, digits: 2),
            referencedValue: Key),
    };
}
