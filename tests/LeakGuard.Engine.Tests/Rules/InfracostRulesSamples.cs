using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class InfracostRulesSamples
{
    private static readonly string InfracostApiKeyKey = FakeKey.Of("ic", "o-", FakeKey.Random(FakeKey.Base62, 32, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("infracost-api-key", InfracostApiKeyKey, "API_KEY")
        .Ignores("infracost-api-key", "one character short", $"value: {InfracostApiKeyKey[..^1]}")
        .Ignores("infracost-api-key", "embedded in a longer token", "value: Q" + InfracostApiKeyKey);
}
