using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class PaddleRulesSamples
{
    private static readonly string Key = FakeKey.Of("pdl", "_live_apikey_", FakeKey.Random("abcdefghijklmnopqrstuvwxyz0123456789", 26, 19), "_", FakeKey.Random(FakeKey.Base62, 22, 20), "_", FakeKey.Random(FakeKey.Base62, 3, 21));

    private static readonly string ClientToken = FakeKey.Of("live", "_", FakeKey.Random(FakeKey.Base62, 27, 22));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("paddle-api-key", Key, "PADDLE_API_KEY")
        .FindsIn("generic-secret", "a client-side token: only the generic rule", $"PADDLE_CLIENT_TOKEN={ClientToken}", ClientToken)
        .Ignores("paddle-api-key", "a notification secret key", $"value: pdl_ntfset_{FakeKey.Random(FakeKey.Base62, 26, 23)}");
}
