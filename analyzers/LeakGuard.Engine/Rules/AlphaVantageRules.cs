using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class AlphaVantageRules
{
    private const string Key = "[A-Z0-9]{16}";

    private static readonly Remediation Remediation = new("https://www.alphavantage.co/support/#api-key", "AlphaVantage:ApiKey", "ALPHA_VANTAGE_API_KEY");

    // An Alpha Vantage API key: 16 capitals and digits, on an alphavantage.co URL, given to the client or under its name.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "alphavantage-api-key",
            "Alpha Vantage",
            "Alpha Vantage API key (16 capitals and digits)",
            Patterns.QueryParameter("alphavantage\\.co/query", "apikey", Key) + "|(?:TimeSeries|ForeignExchange|CryptoCurrencies|FundamentalData|TechIndicators)\\([ \t]{0,3}key[ \t]{0,3}=[ \t]{0,3}[\"'](?<secret>[A-Z0-9]{16})[\"']|" + Patterns.AssignedTo("alpha_?vantage_?(?:api_?)?key", Key),
            new[] { "alphavantage", "alpha_vantage" },
            Remediation)
        {
            ReferencedValue = Key,
            MinEntropy = 3,
            IsPlausible = value => Plausibility.MixesLettersAndDigits(value, digits: 2),
        },
    };
}
