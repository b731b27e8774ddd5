using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class OryRulesSamples
{
    private static readonly string OryApiKeyKey = FakeKey.Of("or", "y_", "pat_", FakeKey.Random(FakeKey.Base62, 32, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("ory-api-key", OryApiKeyKey, "API_KEY")
        .Ignores("ory-api-key", "one character short", $"value: {OryApiKeyKey[..^1]}")
        .Ignores("ory-api-key", "embedded in a longer token", "value: Q" + OryApiKeyKey);
}
