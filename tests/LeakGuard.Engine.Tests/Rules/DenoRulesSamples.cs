using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class DenoRulesSamples
{
    private static readonly string Key = FakeKey.Of("ddp", "_", FakeKey.Random(FakeKey.Base62, 36, 45));

    private static readonly string OrganizationToken = FakeKey.Of("ddo", "_", FakeKey.Random(FakeKey.Base62, 36, 46));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("deno-deploy-token", Key, "DENO_DEPLOY_TOKEN")
        .Ignores("deno-deploy-token", "one character short", $"value: {Key[..^1]}")
        .Finds("deno-deploy-token", OrganizationToken, "DENO_DEPLOY_TOKEN");
}
