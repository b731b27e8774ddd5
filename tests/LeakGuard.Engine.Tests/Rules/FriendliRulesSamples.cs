using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class FriendliRulesSamples
{
    private static readonly string Token = FakeKey.Of("fl", "p_", FakeKey.Random(FakeKey.Base62, 46, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("friendli-token", Token, "FRIENDLI_TOKEN")
        .Ignores("friendli-token", "one character short", $"value: {Token[..^1]}")
        .Ignores("friendli-token", "a name in code", "value: flp_ModelDeploymentConfigurationPanel2ForDefaultUs");
}
