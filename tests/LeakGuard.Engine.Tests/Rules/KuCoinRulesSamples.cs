using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class KuCoinRulesSamples
{
    private static readonly string KucoinAccessToken = FakeKey.Random(FakeKey.Hex, 24, 1);

    private static readonly string KucoinSecretKey = TestKeys.Uuid(11);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("kucoin-access-token", KucoinAccessToken, "KUCOIN_API_KEY")
        .Ignores("kucoin-access-token", "no kucoin context", $"\"checksum\": \"{KucoinAccessToken}\"")
        .Ignores("kucoin-access-token", "an order's id in a sample response", $"// KuCoin: cancel all orders\n//     \"data\": {{\n//         \"cancelledOrderIds\": [ \"{KucoinAccessToken}\",\n")
        .Ignores("kucoin-access-token", "an order number", $"// kucoin response\n//   \"orderNo\": \"{KucoinAccessToken}\",\n")
        .Ignores("kucoin-access-token", "one character short", $"kucoin: {KucoinAccessToken[..^1]}")
        .Finds("kucoin-secret-key", KucoinSecretKey, "KUCOIN_API_SECRET")
        .Ignores("kucoin-secret-key", "no kucoin context", $"\"checksum\": \"{KucoinSecretKey}\"")
        .FindsIn("kucoin-secret-key", "Python's client", $"client = Client(api_key, api_secret=\"{KucoinSecretKey}\", passphrase=passphrase)  # kucoin", KucoinSecretKey)
        .Ignores("kucoin-secret-key", "a UUID that is not the secret", $"kucoin:\n  order_id: {KucoinSecretKey}\n")
        .Ignores("kucoin-secret-key", "one character short", $"kucoin: {KucoinSecretKey[..^1]}");
}
