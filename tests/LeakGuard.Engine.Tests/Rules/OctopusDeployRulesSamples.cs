using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class OctopusDeployRulesSamples
{
    private static readonly string OctopusDeployApiKeyKey = FakeKey.Of("AP", "I-", FakeKey.Random(TestKeys.UpperAlphanumeric, 27, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("octopus-deploy-api-key", OctopusDeployApiKeyKey, "API_KEY")
        .Ignores("octopus-deploy-api-key", "embedded in a longer token", "value: Q" + OctopusDeployApiKeyKey)
        .Ignores("octopus-deploy-api-key", "one character below the minimum length", $"value: {OctopusDeployApiKeyKey[..29]}");
}
