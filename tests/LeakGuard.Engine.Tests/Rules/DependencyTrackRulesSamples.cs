using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class DependencyTrackRulesSamples
{
    private static readonly string Key = FakeKey.Of("od", "t_", FakeKey.Random(FakeKey.Base62, 32, 1));

    private static readonly string NewKey = FakeKey.Of("od", "t_", FakeKey.Random(FakeKey.Base62, 8, 5), "_", FakeKey.Random(FakeKey.Base62, 32, 6));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("dependency-track-api-key", Key, "DEPENDENCY_TRACK_API_KEY")
        .Ignores("dependency-track-api-key", "too short", $"value: odt_{FakeKey.Random(FakeKey.Base62, 20, 2)}")
        .FindsIn("dependency-track-api-key", "the 4.13 format", $"X-Api-Key: {NewKey}", NewKey)
        .Ignores("dependency-track-api-key", "a name in code", "value: odt_ProjectVulnerabilityMetrics2SummaryRepor");
}
