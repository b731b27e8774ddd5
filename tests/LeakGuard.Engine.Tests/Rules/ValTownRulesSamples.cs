using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class ValTownRulesSamples
{
    private static readonly string Token = FakeKey.Of("vt", "wn_", FakeKey.Random(FakeKey.Base62, 36, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("valtown-token", Token, "VALTOWN_TOKEN")
        .Ignores("valtown-token", "too short", $"value: vtwn_{FakeKey.Random(FakeKey.Base62, 12, 2)}");
}
