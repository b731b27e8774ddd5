using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class WeightsAndBiasesRulesSamples
{
    private static readonly string WandbApiKeyKey = FakeKey.Of(FakeKey.Random(FakeKey.Hex, 40, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("wandb-api-key", WandbApiKeyKey, "WANDB_API_KEY")
        .Ignores("wandb-api-key", "no wandb context", $"\"checksum\": \"{WandbApiKeyKey}\"")
        .Ignores("wandb-api-key", "one character short", $"wandb: {WandbApiKeyKey[..^1]}");
}
