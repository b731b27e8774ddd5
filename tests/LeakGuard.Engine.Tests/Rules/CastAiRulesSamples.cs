using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class CastAiRulesSamples
{
    private static readonly string Key = FakeKey.Of("castai", "_v1_", FakeKey.Random(FakeKey.Hex, 64, 1), "_", FakeKey.Random(FakeKey.Hex, 8, 2));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("castai-api-key", Key, "CASTAI_API_TOKEN")
        .FindsIn("castai-api-key", "Terraform's provider", $"provider \"castai\" {{\n  api_token = \"{Key}\"\n}}", Key)
        .Ignores("castai-api-key", "another prefix", $"key = test_v1_{FakeKey.Random(FakeKey.Hex, 64, 3)}_{FakeKey.Random(FakeKey.Hex, 8, 4)}")
        .Ignores("castai-api-key", "tail too short", $"value: {Key[..^1]}");
}
