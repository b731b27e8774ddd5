using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class DeepInfraRulesSamples
{
    private static readonly string Key = FakeKey.Random(FakeKey.Base62, 32, 1);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("deepinfra-api-key", Key, "DEEPINFRA_API_KEY")
        .FindsIn("deepinfra-api-key", "an OpenAI client pointed at DeepInfra", $"client = OpenAI(api_key=\"{Key}\", base_url=\"https://api.deepinfra.com/v1/openai\")", Key)
        .Ignores("deepinfra-api-key", "no DeepInfra context", $"\"checksum\": \"{Key}\"");
}
