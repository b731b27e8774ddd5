using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class EtsyRulesSamples
{
    private static readonly string EtsyAccessToken = FakeKey.Random("abcdefghijklmnopqrstuvwxyz0123456789", 24, 1);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("etsy-access-token", EtsyAccessToken, "ETSY_API_KEY")
        .Ignores("etsy-access-token", "no etsy context", $"\"checksum\": \"{EtsyAccessToken}\"")
        .Ignores("etsy-access-token", "one character short", $"etsy: {EtsyAccessToken[..^1]}");
}
