using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class StackHawkRulesSamples
{
    private static readonly string Key = FakeKey.Of("haw", "k.", FakeKey.Random(FakeKey.UrlSafe, 20, 1), ".", FakeKey.Random(FakeKey.UrlSafe, 20, 2));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("stackhawk-api-key", Key, "HAWK_API_KEY")
        .Ignores("stackhawk-api-key", "one character short", $"value: {Key[..^1]}");
}
