using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class HeliusRulesSamples
{
    private static readonly string Key = FakeKey.Of(FakeKey.Random(FakeKey.Hex, 8, 1), "-", FakeKey.Random(FakeKey.Hex, 4, 2), "-4", FakeKey.Random(FakeKey.Hex, 3, 3), "-a", FakeKey.Random(FakeKey.Hex, 3, 4), "-", FakeKey.Random(FakeKey.Hex, 12, 5));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("helius-api-key", Key, "HELIUS_API_KEY")
        .FindsIn("helius-api-key", "a request URL", $"const connection = new Connection(`https://mainnet.helius-rpc.com/?api-key={Key}`);", Key)
        .Ignores("helius-api-key", "no Helius named", $"value: {Key}")
        .FindsIn("helius-api-key", "the older API host", $"fetch(`https://api.helius.xyz/v0/addresses/${{address}}/transactions?api-key={Key}`)", Key);
}
