using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class MiniMaxRulesSamples
{
    private static readonly string Key = FakeKey.Of("sk", "-api-", FakeKey.Random(FakeKey.UrlSafe, 119, 64));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("minimax-api-key", Key, "MINIMAX_API_KEY")
        .Ignores("minimax-api-key", "too short", $"key: sk-api-{FakeKey.Random(FakeKey.Base62, 40, 65)}");
}
