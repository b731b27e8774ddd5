using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class LiveblocksRulesSamples
{
    private static readonly string ProdKey = FakeKey.Of("sk", "_prod_", FakeKey.Random(FakeKey.Base62, 20, 1), "_", FakeKey.Random(FakeKey.UrlSafe, 43, 2));

    private static readonly string DevKey = FakeKey.Of("sk", "_dev_", FakeKey.Random(FakeKey.UrlSafe, 64, 3));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .FindsIn("liveblocks-secret-key", "the Node client", $"const liveblocks = new Liveblocks({{\n  secret: \"{ProdKey}\",\n}});", ProdKey)
        .Finds("liveblocks-secret-key", DevKey, "LIVEBLOCKS_SECRET_KEY")
        .Ignores("liveblocks-secret-key", "the public key", $"value: pk_prod_{FakeKey.Random(FakeKey.UrlSafe, 64, 4)}")
        .Ignores("liveblocks-secret-key", "one character short", $"value: {DevKey[..^1]}");
}
