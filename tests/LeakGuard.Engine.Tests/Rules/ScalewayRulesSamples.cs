using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class ScalewayRulesSamples
{
    private static readonly string ScalewaySecretKeyKey = FakeKey.Of(FakeKey.Random(FakeKey.Hex, 8, 1), "-", FakeKey.Random(FakeKey.Hex, 4, 2), "-4", FakeKey.Random(FakeKey.Hex, 3, 3), "-a", FakeKey.Random(FakeKey.Hex, 3, 4), "-", FakeKey.Random(FakeKey.Hex, 12, 5));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("scaleway-secret-key", ScalewaySecretKeyKey, "SCW_SECRET_KEY")
        .Ignores("scaleway-secret-key", "no scaleway context", $"\"checksum\": \"{ScalewaySecretKeyKey}\"")
        .Ignores("scaleway-secret-key", "one character short", $"scaleway: {ScalewaySecretKeyKey[..^1]}");
}
