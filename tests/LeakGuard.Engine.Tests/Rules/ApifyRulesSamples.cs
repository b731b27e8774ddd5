using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class ApifyRulesSamples
{
    private static readonly string Key = FakeKey.Of("apify", "_api_", FakeKey.Random(FakeKey.Base62, 36, 46));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("apify-api-token", Key, "APIFY_TOKEN")
        .Ignores("apify-api-token", "one character short", $"token: {Key[..^1]}");
}
