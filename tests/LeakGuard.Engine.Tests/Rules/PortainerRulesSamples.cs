using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class PortainerRulesSamples
{
    private static readonly string PortainerAccessTokenKey = FakeKey.Of("pt", "r_", FakeKey.Random(FakeKey.Base64, 43, 1), "=");

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("portainer-access-token", PortainerAccessTokenKey, "API_KEY")
        .Ignores("portainer-access-token", "embedded in a longer token", "value: Q" + PortainerAccessTokenKey)
        .Ignores("portainer-access-token", "one character below the minimum length", $"value: {PortainerAccessTokenKey[..46]}");
}
