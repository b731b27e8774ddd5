using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class ChargebeeRulesSamples
{
    private static readonly string ChargebeeAccessToken = FakeKey.Of("live_", FakeKey.Random(FakeKey.Base62, 32, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("chargebee-access-token", ChargebeeAccessToken, "CHARGEBEE_API_KEY")
        .FindsIn("chargebee-access-token", "a key of 35 characters", $"ChargeBee_Environment::configure(\"acme-test\", \"test_{FakeKey.Random(FakeKey.Base62, 35, 2)}\");", $"test_{FakeKey.Random(FakeKey.Base62, 35, 2)}")
        .Ignores("chargebee-access-token", "no chargebee context", $"\"checksum\": \"{ChargebeeAccessToken}\"")
        .Ignores("chargebee-access-token", "one character short", $"chargebee: {ChargebeeAccessToken[..^1]}");
}
