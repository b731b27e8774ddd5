using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class MoralisRulesSamples
{
    private static readonly string Key = TestKeys.JwtOf("{\"nonce\":\"" + FakeKey.Random(FakeKey.Hex, 8, 1) + "-76fe-4619-b96c-" + FakeKey.Random(FakeKey.Hex, 12, 2) + "\",\"orgId\":\"" + FakeKey.Random(TestKeys.Digits, 6, 3) + "\",\"userId\":\"" + FakeKey.Random(TestKeys.Digits, 6, 4) + "\",\"type\":\"PROJECT\",\"iat\":1716239022,\"exp\":4871999022}", 5);

    private static readonly string OtherToken = TestKeys.JwtOf("{\"nonce\":\"" + FakeKey.Random(FakeKey.Hex, 16, 6) + "\",\"sub\":\"abc\"}", 7);

    private static readonly string LegacyKey = FakeKey.Random(FakeKey.Base62, 64, 9);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("moralis-api-key", Key, "MORALIS_API_KEY")
        .FindsIn("moralis-api-key", "the SDK's start", $"await Moralis.start({{ apiKey: \"{Key}\" }});", Key)
        .FindsIn("jwt", "another token with a nonce is no Moralis key", $"value: {OtherToken}", OtherToken)
        .Ignores("moralis-api-key", "the start alone", "value: eyJub25jZSI6")
        .Finds("moralis-legacy-api-key", LegacyKey, "MORALIS_API_KEY")
        .FindsIn("moralis-legacy-api-key", "the SDK's start", $"await Moralis.start({{\n  apiKey: \"{LegacyKey}\",\n}});", LegacyKey)
        .Ignores("moralis-legacy-api-key", "no Moralis named", $"value: {LegacyKey}");
}
