using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class ElasticRulesSamples
{
    private static readonly string Key = FakeKey.Of("essu", "_", FakeKey.Random(FakeKey.Base64, 90, 35), "==");

    // Base 64 of a key's 20-character id, ':' and its 22-character secret, as Elasticsearch returns it "encoded".
    private static readonly string Encoded = FakeKey.Base64Of(FakeKey.Of(FakeKey.Random(FakeKey.UrlSafe, 20, 37), ":", "k7", FakeKey.Random(FakeKey.UrlSafe, 20, 38)));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("elastic-cloud-api-key", Key, "ELASTIC_API_KEY")
        .Ignores("elastic-cloud-api-key", "too short", $"key: essu_{FakeKey.Random(FakeKey.Base62, 40, 36)}")
        .FindsIn("elastic-encoded-api-key", "a .NET client's ApiKey", $"public static ElasticsearchClient Create() =>\n    new(CloudId, new ApiKey(\"{Encoded}\"));", Encoded)
        .FindsIn("elastic-encoded-api-key", "an ApiKey authorization header", $"curl -H \"Authorization: ApiKey {Encoded}\" https://localhost:9200/_cat/indices", Encoded)
        .Ignores("elastic-encoded-api-key", "base 64 of other text beside Elastic", $"elastic:\n  note: {FakeKey.Base64Of(FakeKey.Of("the quick brown fox jumps over the lazy dog", " again."))}");
}
