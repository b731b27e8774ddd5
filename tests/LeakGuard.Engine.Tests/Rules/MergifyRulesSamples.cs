using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class MergifyRulesSamples
{
    private static readonly string Key = FakeKey.Of("mergify_", "application_key_", FakeKey.Random(FakeKey.UrlSafe, 64, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("mergify-application-key", Key, "MERGIFY_TOKEN")
        .Ignores("mergify-application-key", "too short", $"value: mergify_application_key_{FakeKey.Random(FakeKey.Base62, 30, 2)}");
}
