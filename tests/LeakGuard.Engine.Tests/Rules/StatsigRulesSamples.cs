using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class StatsigRulesSamples
{
    private static readonly string Key = FakeKey.Of("sec", "ret-", FakeKey.Random(FakeKey.Base62, 43, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("statsig-server-secret", Key, "STATSIG_SERVER_SECRET")
        .Ignores("statsig-server-secret", "a client key", $"value: client-{FakeKey.Random(FakeKey.Base62, 43, 2)}")
        .Ignores("statsig-server-secret", "a name in code", "value: secret-RotationScheduleConfiguration2ForDefaultTen");
}
