using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class SiliconFlowRulesSamples
{
    private static readonly string Key = FakeKey.Of("sk", "-", FakeKey.Random("abcdefghijklmnopqrstuvwxyz", 48, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("siliconflow-api-key", Key, "SILICONFLOW_API_KEY")
        .FindsIn("siliconflow-api-key", "an OpenAI client pointed at SiliconFlow", $"client = OpenAI(api_key=\"{Key}\", base_url=\"https://api.siliconflow.cn/v1\")", Key)
        .Ignores("siliconflow-api-key", "no SiliconFlow named", $"value: {Key}");
}
