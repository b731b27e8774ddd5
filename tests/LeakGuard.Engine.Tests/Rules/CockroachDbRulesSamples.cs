using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class CockroachDbRulesSamples
{
    private static readonly string Key = FakeKey.Of("CCDB1", "_", FakeKey.Random(FakeKey.Base62, 22, 67), "_", FakeKey.Random(FakeKey.Base62, 40, 68));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("cockroachdb-cloud-api-key", Key, "COCKROACH_API_KEY")
        .Ignores("cockroachdb-cloud-api-key", "one character short", $"key: {Key[..^1]}");
}
