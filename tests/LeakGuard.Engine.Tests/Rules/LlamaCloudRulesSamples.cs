using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class LlamaCloudRulesSamples
{
    private static readonly string LlamacloudApiKeyKey = FakeKey.Of("ll", "x-", FakeKey.Random(FakeKey.Base62, 48, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("llamacloud-api-key", LlamacloudApiKeyKey, "API_KEY")
        .Ignores("llamacloud-api-key", "one character short", $"value: {LlamacloudApiKeyKey[..^1]}")
        .Ignores("llamacloud-api-key", "embedded in a longer token", "value: Q" + LlamacloudApiKeyKey);
}
