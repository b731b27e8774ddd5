using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class TinybirdRulesSamples
{
    private static readonly string Token = FakeKey.Of("p.eyJ1", "IjogI", FakeKey.Random(FakeKey.UrlSafe, 150, 1), ".", FakeKey.Random(FakeKey.UrlSafe, 43, 2));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("tinybird-token", Token, "TINYBIRD_TOKEN")
        .Ignores("tinybird-token", "no signature", $"value: {Token[..Token.LastIndexOf('.')]}");
}
