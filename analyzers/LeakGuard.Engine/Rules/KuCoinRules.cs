using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class KuCoinRules
{
    private static readonly Remediation Remediation = new("https://www.kucoin.com/account/api", "KuCoin:ApiSecret", "KUCOIN_API_SECRET");

    private static readonly string[] Context = { "kucoin" };

    // The exchange's records have ids of the key's shape (MongoDB's ObjectIds), all over its API's sample responses:
    // "orderId", "cancelledOrderIds", "tradeId".
    private static readonly string[] RecordNames = { "order", "trade", "transfer", "withdraw", "deposit", "ids" };

    // An API key (24 hex digits) and its secret (a UUID) trade on the exchange; KuCoin must be nearby.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "kucoin-access-token",
            "KuCoin",
            "KuCoin API key (24 hex digits next to KuCoin)",
            Patterns.Token("[a-f0-9]{24}", Patterns.Base62),
            Context,
            Remediation,
            minEntropy: 3,
            isPlausible: value => Plausibility.MixesLettersAndDigits(value, digits: 2),
            publicNames: RecordNames),
        ContextGatedRule.Create(
            "kucoin-secret-key",
            "KuCoin",
            "KuCoin API secret (a UUID next to KuCoin and a secret's name)",
            Patterns.AssignedTo("secret", "[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}", Patterns.Base62 + "-"),
            Context,
            Remediation,
            minEntropy: 3),
    };
}
