using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class WeightsAndBiasesRulesSamples
{
    private static readonly string WandbApiKeyKey = FakeKey.Of(FakeKey.Random(FakeKey.Hex, 40, 1));

    private static readonly string V1Key = FakeKey.Of("wandb", "_v1_", FakeKey.Random(FakeKey.Base62, 27, 2), "_", FakeKey.Random(FakeKey.Base62, 49, 3));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("wandb-api-key", WandbApiKeyKey, "WANDB_API_KEY")
        .Ignores("wandb-api-key", "no wandb context", $"\"checksum\": \"{WandbApiKeyKey}\"")
        .Ignores("wandb-api-key", "one character short", $"wandb: {WandbApiKeyKey[..^1]}")
        .Finds("wandb-api-key-v1", V1Key, "WANDB_API_KEY")
        .FindsIn("wandb-api-key-v1", "wandb.login in a notebook", $"wandb.login(key=\"{V1Key}\")\n", V1Key)
        .Ignores("wandb-api-key-v1", "one character short", $"value: {V1Key[..^1]}");
}
