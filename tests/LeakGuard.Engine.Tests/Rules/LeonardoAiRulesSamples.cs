using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class LeonardoAiRulesSamples
{
    private static readonly string Key = FakeKey.Of(FakeKey.Random(FakeKey.Hex, 8, 1), "-", FakeKey.Random(FakeKey.Hex, 4, 2), "-4", FakeKey.Random(FakeKey.Hex, 3, 3), "-a", FakeKey.Random(FakeKey.Hex, 3, 4), "-", FakeKey.Random(FakeKey.Hex, 12, 5));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("leonardo-ai-api-key", Key, "LEONARDO_API_KEY")
        .FindsIn("leonardo-ai-api-key", "a Python constant", $"LEONARDO_API_KEY = \"{Key}\"\nurl = \"https://cloud.leonardo.ai/api/rest/v1/generations\"", Key)
        .Ignores("leonardo-ai-api-key", "a model's id", $"leonardo_model_id = \"{Key}\"");
}
