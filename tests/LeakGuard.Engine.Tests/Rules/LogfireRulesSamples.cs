using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class LogfireRulesSamples
{
    private static readonly string Token = FakeKey.Of("pylf", "_v1_us_", FakeKey.Random(FakeKey.Base62, 44, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("logfire-token", Token, "LOGFIRE_TOKEN")
        .FindsIn("logfire-token", "the configure call", $"logfire.configure(token=\"{Token}\")", Token)
        .Ignores("logfire-token", "too short", $"value: pylf_v1_us_{FakeKey.Random(FakeKey.Base62, 20, 2)}");
}
