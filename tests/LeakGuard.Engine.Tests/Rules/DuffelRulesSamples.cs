using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class DuffelRulesSamples
{
    private static readonly string Token = FakeKey.Of("duffel", "_live_", FakeKey.Random(FakeKey.UrlSafe, 43, 9));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("duffel-api-token", Token, "DUFFEL_ACCESS_TOKEN")
        .Finds("duffel-api-token", FakeKey.Of("duffel", "_test_", FakeKey.Random(FakeKey.UrlSafe, 43, 10)), "DUFFEL_ACCESS_TOKEN")
        .Ignores("duffel-api-token", "one character short", $"value: {Token[..^1]}");
}
