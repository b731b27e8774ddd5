using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class MapboxRulesSamples
{
    private static readonly string MapboxSecretTokenKey = FakeKey.Of("sk.", "eyJ", FakeKey.Random(FakeKey.UrlSafe, 60, 1), ".", FakeKey.Random(FakeKey.UrlSafe, 22, 2));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("mapbox-secret-token", MapboxSecretTokenKey, "API_KEY")
        .Ignores("mapbox-secret-token", "one character short", $"value: {MapboxSecretTokenKey[..^1]}")
        .Ignores("mapbox-secret-token", "embedded in a longer token", "value: Q" + MapboxSecretTokenKey);
}
