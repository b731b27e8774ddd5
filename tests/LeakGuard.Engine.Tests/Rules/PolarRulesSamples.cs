using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class PolarRulesSamples
{
    private static readonly string Key = FakeKey.Of("polar", "_oat_", FakeKey.Random(FakeKey.Base62, 43, 66));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("polar-token", Key, "POLAR_ACCESS_TOKEN")
        .Ignores("polar-token", "a placeholder", "POLAR_ACCESS_TOKEN=polar_oat_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx");
}
