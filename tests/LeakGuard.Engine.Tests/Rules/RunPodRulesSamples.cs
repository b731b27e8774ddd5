using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class RunPodRulesSamples
{
    private static readonly string Key = FakeKey.Of("rpa", "_", FakeKey.Random("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 40, 30), FakeKey.Random(FakeKey.Base62, 6, 31));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("runpod-api-key", Key, "RUNPOD_API_KEY")
        .Ignores("runpod-api-key", "too short", $"key: rpa_{FakeKey.Random(FakeKey.Base62, 30, 32)}");
}
