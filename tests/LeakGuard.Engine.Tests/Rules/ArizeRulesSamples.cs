using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class ArizeRulesSamples
{
    private static readonly string Key = FakeKey.Of("ak", "-", FakeKey.Random(FakeKey.Hex, 8, 1), "-", FakeKey.Random(FakeKey.Hex, 4, 2), "-4", FakeKey.Random(FakeKey.Hex, 3, 3), "-a", FakeKey.Random(FakeKey.Hex, 3, 4), "-", FakeKey.Random(FakeKey.Hex, 12, 5), "-", FakeKey.Random(FakeKey.UrlSafe, 32, 6));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("arize-api-key", Key, "ARIZE_API_KEY")
        .FindsIn("arize-api-key", "the OTel registration", $"tracer_provider = register(space_id=\"U3BhY2U6MTIzNDU6YWJjZA==\", api_key=\"{Key}\", project_name=\"rag\")", Key)
        .Ignores("arize-api-key", "one character short", $"value: {Key[..^1]}");
}
