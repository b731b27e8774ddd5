using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class QdrantRulesSamples
{
    private static readonly string Key = TestKeys.JwtOf("{\"access\":\"m\",\"subject\":\"api-key:" + FakeKey.Random(FakeKey.Hex, 8, 1) + "-4b1d-4c2e-9f3a-" + FakeKey.Random(FakeKey.Hex, 12, 2) + "\"}", 3);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("qdrant-api-key", Key, "QDRANT_API_KEY")
        .FindsIn("qdrant-api-key", "the Python client", $"client = QdrantClient(url=\"https://" + FakeKey.Random(FakeKey.Hex, 8, 4) + $".us-east4-0.gcp.cloud.qdrant.io:6333\", api_key=\"{Key}\")", Key)
        .Ignores("qdrant-api-key", "an expired key", $"value: {TestKeys.JwtOf("{\"access\":\"r\",\"exp\":1718831022}", 5)}");
}
