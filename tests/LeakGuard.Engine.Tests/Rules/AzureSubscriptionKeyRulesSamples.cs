using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class AzureSubscriptionKeyRulesSamples
{
    internal static readonly RuleSamples Samples = new RuleSamples()
        .FindsIn("azure-subscription-key", "API Management's header, the key a GUID without hyphens", $"request.Headers.Add(\"Ocp-Apim-Subscription-Key\", \"{CompactGuid(1)}\");", CompactGuid(1))
        .Finds("azure-subscription-key", CompactGuid(2), "BING_SEARCH_SUBSCRIPTION_KEY")
        .FindsIn("azure-subscription-key", "name passed as context", CompactGuid(3), CompactGuid(3), "apimKey")
        .FindsIn("azure-subscription-key", "Custom Vision's prediction key", $"public static string PredictionKey => \"{TestKeys.Hex32(5)}\";", TestKeys.Hex32(5))
        .Ignores("azure-subscription-key", "a GUID without hyphens named as an id", "AZURE_TENANT_ID=" + CompactGuid(4))
        .Ignores("azure-subscription-key", "no subscription context", $"\"checksum\": \"{CompactGuid(4)}\"");

    /// <summary>A version 4 GUID written without hyphens, as API Management and Azure AI services write their keys.</summary>
    private static string CompactGuid(int seed) =>
        FakeKey.Of(FakeKey.Random(FakeKey.Hex, 12, seed), "4", FakeKey.Random(FakeKey.Hex, 3, seed + 10), "a", FakeKey.Random(FakeKey.Hex, 15, seed + 20));
}
