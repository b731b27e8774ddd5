using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class LookerRulesSamples
{
    private static readonly string LookerClientSecret = FakeKey.Random(FakeKey.Base62, 24, 1);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("looker-client-secret", LookerClientSecret, "LOOKERSDK_CLIENT_SECRET")
        .Ignores("looker-client-secret", "no looker context", $"\"checksum\": \"{LookerClientSecret}\"")
        .Ignores("looker-client-secret", "one character short", $"looker: {LookerClientSecret[..^1]}");
}
