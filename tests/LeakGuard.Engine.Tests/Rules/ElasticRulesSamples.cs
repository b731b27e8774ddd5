using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class ElasticRulesSamples
{
    private static readonly string Key = FakeKey.Of("essu", "_", FakeKey.Random(FakeKey.Base64, 90, 35), "==");

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("elastic-cloud-api-key", Key, "ELASTIC_API_KEY")
        .Ignores("elastic-cloud-api-key", "too short", $"key: essu_{FakeKey.Random(FakeKey.Base62, 40, 36)}");
}
