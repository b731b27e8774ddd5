using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class SamsaraRulesSamples
{
    private static readonly string Token = FakeKey.Of("samsara", "_api_", FakeKey.Random(FakeKey.Base62, 30, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("samsara-api-token", Token, "SAMSARA_API_TOKEN")
        .Ignores("samsara-api-token", "too short", $"value: samsara_api_{FakeKey.Random(FakeKey.Base62, 20, 2)}");
}
