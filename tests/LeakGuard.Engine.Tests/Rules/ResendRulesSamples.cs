using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class ResendRulesSamples
{
    private static readonly string ResendApiKeyKey = FakeKey.Of("r", "e_", FakeKey.Random(FakeKey.Base62, 8, 1), "_", FakeKey.Random(FakeKey.Base62, 24, 2));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("resend-api-key", ResendApiKeyKey, "API_KEY")
        .Ignores("resend-api-key", "one character short", $"value: {ResendApiKeyKey[..^1]}")
        .Ignores("resend-api-key", "embedded in a longer token", "value: Q" + ResendApiKeyKey);
}
