using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class KrakenRulesSamples
{
    private static readonly string KrakenAccessToken = FakeKey.Of(FakeKey.Random(FakeKey.Base64, 86, 1), "==");

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("kraken-access-token", KrakenAccessToken, "KRAKEN_PRIVATE_KEY")
        .Ignores("kraken-access-token", "no kraken context", $"\"checksum\": \"{KrakenAccessToken}\"")
        .Ignores("kraken-access-token", "one character short", $"kraken: {KrakenAccessToken[..^1]}");
}
