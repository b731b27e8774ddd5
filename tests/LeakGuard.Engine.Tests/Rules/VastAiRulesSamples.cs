using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class VastAiRulesSamples
{
    private static readonly string Key = FakeKey.Random(FakeKey.Hex, 64, 1);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("vastai-api-key", Key, "VAST_API_KEY")
        .FindsIn("vastai-api-key", "the CLI", $"vastai set api-key {Key}", Key)
        .Ignores("vastai-api-key", "no Vast context", $"\"checksum\": \"{Key}\"");
}
