using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class InfisicalRulesSamples
{
    private static readonly string InfisicalServiceTokenKey = FakeKey.Of("s", "t.", FakeKey.Random(FakeKey.Hex, 8, 1), "-", FakeKey.Random(FakeKey.Hex, 4, 2), "-4", FakeKey.Random(FakeKey.Hex, 3, 3), "-a", FakeKey.Random(FakeKey.Hex, 3, 4), "-", FakeKey.Random(FakeKey.Hex, 12, 5), ".", FakeKey.Random(FakeKey.Hex, 32, 6), ".", FakeKey.Random(FakeKey.Hex, 32, 7));

    private static readonly string ObjectIdToken = FakeKey.Of("s", "t.", FakeKey.Random(FakeKey.Hex, 24, 8), ".", FakeKey.Random(FakeKey.Hex, 32, 9), ".", FakeKey.Random(FakeKey.Hex, 32, 10));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("infisical-service-token", InfisicalServiceTokenKey, "API_KEY")
        .Ignores("infisical-service-token", "one character short", $"value: {InfisicalServiceTokenKey[..^1]}")
        .Ignores("infisical-service-token", "embedded in a longer token", "value: Q" + InfisicalServiceTokenKey)
        .FindsIn("infisical-service-token", "a token whose id is a MongoDB ObjectId (Infisical before its move to PostgreSQL)", $"- name: INFISICAL_TOKEN\n  value: \"{ObjectIdToken}\"\n", ObjectIdToken);
}
