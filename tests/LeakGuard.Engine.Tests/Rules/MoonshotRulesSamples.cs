using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class MoonshotRulesSamples
{
    private static readonly string Key = FakeKey.Of("sk", "-", FakeKey.Random(FakeKey.Base62, 48, 1));

    private static readonly string KimiCodeKey = FakeKey.Of("sk-", "kimi-", FakeKey.Random(FakeKey.Base62, 64, 2));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("moonshot-api-key", Key, "MOONSHOT_API_KEY")
        .FindsIn("moonshot-api-key", "an OpenAI client pointed at Moonshot", $"client = OpenAI(api_key=\"{Key}\", base_url=\"https://api.moonshot.cn/v1\")", Key)
        .Ignores("moonshot-api-key", "no Moonshot context", $"value: {Key}")
        .Finds("kimi-code-api-key", KimiCodeKey, "KIMI_API_KEY")
        .FindsIn("kimi-code-api-key", "a Dockerfile's environment", $"FROM node:22-alpine\nENV KIMI_API_KEY={KimiCodeKey}\n", KimiCodeKey)
        .Ignores("kimi-code-api-key", "63 characters", $"value: {KimiCodeKey[..^1]}");
}
