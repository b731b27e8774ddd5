using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class ChargebeeRulesSamples
{
    private static readonly string ChargebeeAccessToken = FakeKey.Of("live_", FakeKey.Random(FakeKey.Base62, 32, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("chargebee-access-token", ChargebeeAccessToken, "CHARGEBEE_API_KEY")
        .Ignores("chargebee-access-token", "no chargebee context", $"\"checksum\": \"{ChargebeeAccessToken}\"")
        .Ignores("chargebee-access-token", "one character short", $"chargebee: {ChargebeeAccessToken[..^1]}");
}
