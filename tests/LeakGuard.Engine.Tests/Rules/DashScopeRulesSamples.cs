using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class DashScopeRulesSamples
{
    private static readonly string Key = FakeKey.Of("sk", "-", FakeKey.Random(FakeKey.Hex, 32, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("dashscope-api-key", Key, "DASHSCOPE_API_KEY")
        .FindsIn("dashscope-api-key", "the SDK's key", $"import dashscope\ndashscope.api_key = \"{Key}\"\n", Key)
        .Ignores("dashscope-api-key", "no DashScope named", $"value: {Key}");
}
