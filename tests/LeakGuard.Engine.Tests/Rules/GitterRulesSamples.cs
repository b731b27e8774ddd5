using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class GitterRulesSamples
{
    private static readonly string GitterAccessToken = FakeKey.Random(FakeKey.Hex, 40, 1);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("gitter-access-token", GitterAccessToken, "GITTER_TOKEN")
        .Ignores("gitter-access-token", "no gitter context", $"\"checksum\": \"{GitterAccessToken}\"")
        .Ignores("gitter-access-token", "an image proxy's digest in a README with a Gitter badge", $"[![Gitter](https://badges.gitter.im/acme/lib.svg)](https://gitter.im/acme/lib)\n<img src=\"https://camo.githubusercontent.com/{GitterAccessToken}/687474703a2f2f73766773686172652e636f6d\" alt=\"\">")
        .Ignores("gitter-access-token", "one character short", $"gitter: {GitterAccessToken[..^1]}");
}
