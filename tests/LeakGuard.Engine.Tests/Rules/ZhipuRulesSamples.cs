using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class ZhipuRulesSamples
{
    private static readonly string Key = FakeKey.Of(FakeKey.Random(FakeKey.Hex, 32, 1), ".", FakeKey.Random(FakeKey.Base62, 16, 2));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("zhipu-api-key", Key, "ZHIPUAI_API_KEY")
        .FindsIn("zhipu-api-key", "the SDK client", $"client = ZhipuAI(api_key=\"{Key}\")\n", Key)
        .Ignores("zhipu-api-key", "no Zhipu near", $"value: {Key}")
        .FindsIn("zhipu-api-key", "Z.ai's international platform", $"export ZAI_API_KEY=\"{Key}\"\nexport ZAI_BASE_URL=\"https://api.z.ai/api/paas/v4\"\n", Key);
}
