using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class BrowserbaseRulesSamples
{
    private static readonly string Key = FakeKey.Of("bb", "_live_", FakeKey.Random(FakeKey.UrlSafe, 27, 48));

    private static readonly string LettersOnly = FakeKey.Of("bb", "_live_", FakeKey.Random("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_-", 27, 49));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("browserbase-api-key", Key, "BROWSERBASE_API_KEY")
        .Ignores("browserbase-api-key", "one character short", $"key: {Key[..^1]}")
        .Finds("browserbase-api-key", LettersOnly, "BROWSERBASE_API_KEY");
}
