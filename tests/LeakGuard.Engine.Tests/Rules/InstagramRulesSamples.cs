using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class InstagramRulesSamples
{
    private static readonly string Key = FakeKey.Of("IGQV", "JW", FakeKey.Random(FakeKey.UrlSafe, 180, 19));

    private static readonly string BasicDisplayToken = FakeKey.Of("IGQW", "R", FakeKey.Random(FakeKey.Base62, 160, 22));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("instagram-access-token", Key, "INSTAGRAM_ACCESS_TOKEN")
        .Ignores("instagram-access-token", "inside base 64 data", $"src=\"data:image/png;base64,{FakeKey.Random(FakeKey.Base64, 40, 20)}+IGQV{FakeKey.Random(FakeKey.UrlSafe, 150, 21)}\"")
        .Finds("instagram-access-token", BasicDisplayToken, "INSTAGRAM_ACCESS_TOKEN");
}
