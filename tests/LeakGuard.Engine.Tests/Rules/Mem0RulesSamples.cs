using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class Mem0RulesSamples
{
    private static readonly string Key = FakeKey.Of("m0", "-", FakeKey.Random(FakeKey.Base62, 40, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("mem0-api-key", Key, "MEM0_API_KEY")
        .FindsIn("mem0-api-key", "the client", $"client = MemoryClient(api_key=\"{Key}\")", Key)
        .Ignores("mem0-api-key", "one character short", $"value: {Key[..^1]}");
}
