using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class TailscaleRulesSamples
{
    private static readonly string TailscaleKeyKey = FakeKey.Of("tsk", "ey-", "auth-", FakeKey.Random(FakeKey.Base62, 12, 1), "-", FakeKey.Random(FakeKey.Base62, 33, 2));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("tailscale-key", TailscaleKeyKey, "API_KEY")
        .Ignores("tailscale-key", "embedded in a longer token", "value: Q" + TailscaleKeyKey)
        .Ignores("tailscale-key", "one character below the minimum length", $"value: {TailscaleKeyKey[..30]}");
}
