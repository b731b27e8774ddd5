using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class MercuryRulesSamples
{
    private static readonly string Key = FakeKey.Of("secret-token:mercury", "_production_wma_", FakeKey.Random(FakeKey.Base62, 45, 13), "_yru", "crem");

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("mercury-api-token", Key, "MERCURY_API_TOKEN")
        .Ignores("mercury-api-token", "without the reversed name", $"value: secret-token:mercury_production_wma_{FakeKey.Random(FakeKey.Base62, 45, 14)}");
}
