using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class CozeRulesSamples
{
    private static readonly string Token = FakeKey.Of("pa", "t_", FakeKey.Random(FakeKey.Base62, 64, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("coze-access-token", Token, "COZE_API_TOKEN")
        .Ignores("coze-access-token", "no Coze context", $"value: {Token}");
}
