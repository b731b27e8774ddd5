using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class PostmanRulesSamples
{
    private static readonly string Key = FakeKey.Of("PM", "AK-", FakeKey.Random(FakeKey.Hex, 24, 1), "-", FakeKey.Random(FakeKey.Hex, 34, 2));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("postman-api-key", Key, "POSTMAN_API_KEY")
        .Ignores("postman-api-key", "one character short", $"key: {Key[..^1]}")
        .Ignores("postman-api-key", "not hex", "key: " + FakeKey.Of("PM", "AK-", new string('z', 24), "-", new string('z', 34)));
}
