using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class SambaNovaRulesSamples
{
    private static readonly string Key = FakeKey.Of(FakeKey.Random(FakeKey.Hex, 8, 1), "-", FakeKey.Random(FakeKey.Hex, 4, 2), "-4", FakeKey.Random(FakeKey.Hex, 3, 3), "-a", FakeKey.Random(FakeKey.Hex, 3, 4), "-", FakeKey.Random(FakeKey.Hex, 12, 5));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("sambanova-api-key", Key, "SAMBANOVA_API_KEY")
        .FindsIn("sambanova-api-key", "an OpenAI client pointed at SambaNova", $"client = OpenAI(base_url=\"https://api.sambanova.ai/v1\", api_key=\"{Key}\")", Key)
        .Ignores("sambanova-api-key", "no SambaNova context", $"\"checksum\": \"{Key}\"");
}
