using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class SettleMintRulesSamples
{
    private static readonly string Personal = FakeKey.Of("sm", "_pat_", FakeKey.Random(FakeKey.Base62, 16, 1));

    private static readonly string Service = FakeKey.Of("sm", "_sat_", FakeKey.Random(FakeKey.Base62, 16, 2));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("settlemint-access-token", Personal, "SETTLEMINT_ACCESS_TOKEN")
        .FindsIn("settlemint-access-token", "a service token in a shell", $"export SETTLEMINT_ACCESS_TOKEN={Service}", Service)
        .Ignores("settlemint-access-token", "one character short", $"value: {Personal[..^1]}")
        .Ignores("settlemint-access-token", "letters only", $"value: sm_aat_{FakeKey.Random(TestKeys.Letters, 16, 3)}");
}
