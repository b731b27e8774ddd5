using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class CovalentRulesSamples
{
    private static readonly string Key = FakeKey.Of("cqt", "_", FakeKey.Random(FakeKey.Base62, 28, 1));

    private static readonly string OlderKey = FakeKey.Of("ckey", "_", FakeKey.Random(TestKeys.LowerAlphanumeric, 27, 2));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("covalent-api-key", Key, "COVALENT_API_KEY")
        .FindsIn("covalent-api-key", "an older key in a URL", $"https://api.covalenthq.com/v1/1/address/demo.eth/balances_v2/?key={OlderKey}", OlderKey)
        .Ignores("covalent-api-key", "27 characters", $"value: cqt_{FakeKey.Random(FakeKey.Base62, 27, 3)}");
}
