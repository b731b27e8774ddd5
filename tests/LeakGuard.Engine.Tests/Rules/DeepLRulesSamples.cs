using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class DeepLRulesSamples
{
    private static readonly string Key = FakeKey.Of(FakeKey.Random(FakeKey.Hex, 8, 1), "-", FakeKey.Random(FakeKey.Hex, 4, 2), "-", FakeKey.Random(FakeKey.Hex, 4, 3), "-", FakeKey.Random(FakeKey.Hex, 4, 4), "-", FakeKey.Random(FakeKey.Hex, 12, 5), ":", "fx");

    private static readonly string ProKey = FakeKey.Of(FakeKey.Random(FakeKey.Hex, 8, 6), "-", FakeKey.Random(FakeKey.Hex, 4, 7), "-", FakeKey.Random(FakeKey.Hex, 4, 8), "-", FakeKey.Random(FakeKey.Hex, 4, 9), "-", FakeKey.Random(FakeKey.Hex, 12, 10));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("deepl-free-api-key", Key, "DEEPL_AUTH_KEY")
        .FindsIn("deepl-api-key", "the .NET client", $"var translator = new Translator(\"{ProKey}\"); // DeepL\n", ProKey)
        .Ignores("deepl-free-api-key", "one digit short", $"value: {Key[1..]}")
        .Ignores("deepl-api-key", "a UUID, DeepL not named", $"CorrelationId = \"{ProKey}\"");
}
