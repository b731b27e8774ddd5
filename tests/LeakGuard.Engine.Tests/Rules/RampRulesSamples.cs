using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class RampRulesSamples
{
    private static readonly string Secret = FakeKey.Of("ramp", "_sec_", FakeKey.Random(FakeKey.Base62, 48, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("ramp-client-secret", Secret, "RAMP_CLIENT_SECRET")
        .Ignores("ramp-client-secret", "the public client id", $"value: ramp_id_{FakeKey.Random(FakeKey.Base62, 40, 2)}");
}
