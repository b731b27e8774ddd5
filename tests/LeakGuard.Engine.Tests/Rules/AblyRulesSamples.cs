using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class AblyRulesSamples
{
    private static readonly string Key = FakeKey.Of(FakeKey.Random(FakeKey.Base62, 6, 1), ".", FakeKey.Random(FakeKey.Base62, 6, 2), ":", FakeKey.Random(FakeKey.UrlSafe, 43, 3));

    private static readonly string OldKey = FakeKey.Of(FakeKey.Random(FakeKey.Base62, 6, 5), ".", FakeKey.Random(FakeKey.Base62, 6, 6), ":", FakeKey.Random(FakeKey.Base62, 16, 7));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("ably-api-key", Key, "ABLY_API_KEY")
        .FindsIn("ably-api-key", "the realtime client", $"const ably = new Ably.Realtime(\"{Key}\");", Key)
        .Ignores("ably-api-key", "no Ably context", $"value: {Key}")
        .FindsIn("ably-api-key", "an older key of 16 characters", $"var ably = new Ably.Rest(\"{OldKey}\");", OldKey);
}
