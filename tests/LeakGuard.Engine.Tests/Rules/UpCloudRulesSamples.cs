using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class UpCloudRulesSamples
{
    private static readonly string Key = FakeKey.Of("ucat", "_", FakeKey.Random(FakeKey.Base62, 26, 16));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("upcloud-api-token", Key, "UPCLOUD_TOKEN")
        .Ignores("upcloud-api-token", "too short", $"value: ucat_{FakeKey.Random(FakeKey.Base62, 12, 17)}");
}
