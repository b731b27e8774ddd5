using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class VolcengineArkRulesSamples
{
    private static readonly string Key = FakeKey.Of(FakeKey.Random(FakeKey.Hex, 8, 1), "-", FakeKey.Random(FakeKey.Hex, 4, 2), "-4", FakeKey.Random(FakeKey.Hex, 3, 3), "-a", FakeKey.Random(FakeKey.Hex, 3, 4), "-", FakeKey.Random(FakeKey.Hex, 12, 5));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("volcengine-ark-api-key", Key, "ARK_API_KEY")
        .FindsIn("volcengine-ark-api-key", "a .env file", $"ARK_API_KEY={Key}\nARK_BASE_URL=https://ark.cn-beijing.volces.com/api/v3\n", Key)
        .Ignores("volcengine-ark-api-key", "an endpoint's id", $"ARK_ENDPOINT_ID={Key}")
        .Ignores("volcengine-ark-api-key", "another product whose name ends in ark", $"SPARK_API_KEY={Key}");
}
