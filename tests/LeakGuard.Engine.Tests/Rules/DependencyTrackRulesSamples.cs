using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class DependencyTrackRulesSamples
{
    private static readonly string Key = FakeKey.Of("od", "t_", FakeKey.Random(FakeKey.Base62, 32, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("dependency-track-api-key", Key, "DEPENDENCY_TRACK_API_KEY")
        .Ignores("dependency-track-api-key", "too short", $"value: odt_{FakeKey.Random(FakeKey.Base62, 20, 2)}");
}
