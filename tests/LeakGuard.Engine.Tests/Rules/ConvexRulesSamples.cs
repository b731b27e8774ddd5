using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class ConvexRulesSamples
{
    private static readonly string Secret = FakeKey.Base64Of(FakeKey.Of("{\"v2\":\"", FakeKey.Random(FakeKey.Hex, 32, 1), "\"}"));

    private static readonly string Key = FakeKey.Of("prod:upbeat-goldfish-918|", Secret);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .FindsIn("convex-deploy-key", "the environment", $"CONVEX_DEPLOY_KEY={Key}\n", Secret)
        .Ignores("convex-deploy-key", "no deployment before it", $"value: {Secret}");
}
