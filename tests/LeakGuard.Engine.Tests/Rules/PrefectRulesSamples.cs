using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class PrefectRulesSamples
{
    private static readonly string PrefectApiKeyKey = FakeKey.Of("pn", "u_", FakeKey.Random(FakeKey.Base62, 36, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("prefect-api-key", PrefectApiKeyKey, "API_KEY")
        .Ignores("prefect-api-key", "one character short", $"value: {PrefectApiKeyKey[..^1]}")
        .Ignores("prefect-api-key", "embedded in a longer token", "value: Q" + PrefectApiKeyKey);
}
