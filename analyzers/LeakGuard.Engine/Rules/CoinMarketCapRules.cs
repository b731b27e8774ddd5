using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class CoinMarketCapRules
{
    private const string Key = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    private static readonly Remediation Remediation = new("https://pro.coinmarketcap.com/account", "CoinMarketCap:ApiKey", "CMC_PRO_API_KEY");

    // A CoinMarketCap Pro API key: a UUID, which only the header or query parameter it is sent in (X-CMC_PRO_API_KEY,
    // CMC_PRO_API_KEY) tells apart. It spends the plan's credits.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "coinmarketcap-api-key",
            "CoinMarketCap",
            "CoinMarketCap Pro API key (a UUID under X-CMC_PRO_API_KEY)",
            Patterns.AssignedTo("(?:cmc|coinmarketcap)_?(?:pro_?)?api_?key", Key) + "|" + Patterns.AssignedReference("(?:cmc|coinmarketcap)_?(?:pro_?)?api_?key"),
            new[] { "cmc_pro_api_key", "cmc_api", "cmcapi", "cmcpro", "coinmarketcap" },
            Remediation)
        {
            ReferencedValue = Key,
            MinEntropy = 3,
        },
    };
}
