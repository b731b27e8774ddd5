using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class AzureSubscriptionKeyRulesSamples
{
    internal static readonly RuleSamples Samples = new RuleSamples()
        .FindsIn("azure-subscription-key", "API Management's header, the key a GUID without hyphens", $"request.Headers.Add(\"Ocp-Apim-Subscription-Key\", \"{TestKeys.CompactGuid(1)}\");", TestKeys.CompactGuid(1))
        .Finds("azure-subscription-key", TestKeys.CompactGuid(2), "BING_SEARCH_SUBSCRIPTION_KEY")
        .FindsIn("azure-subscription-key", "a Cognitive Services client's credentials", $"var client = new WebSearchClient(new ApiKeyServiceClientCredentials(\"{TestKeys.CompactGuid(5)}\"));", TestKeys.CompactGuid(5))
        .FindsIn("azure-subscription-key", "name passed as context", TestKeys.CompactGuid(3), TestKeys.CompactGuid(3), "apimKey")
        .FindsIn("azure-subscription-key", "Custom Vision's prediction key", $"public static string PredictionKey => \"{TestKeys.Hex32(5)}\";", TestKeys.Hex32(5))
        .Ignores("azure-subscription-key", "a GUID without hyphens named as an id", "AZURE_TENANT_ID=" + TestKeys.CompactGuid(4))
        .Ignores("azure-subscription-key", "a request id beside API Management's name", $"var apimRequestId = \"{TestKeys.Hex32(6)}\";")
        .Ignores("azure-subscription-key", "no subscription context", $"\"checksum\": \"{TestKeys.CompactGuid(4)}\"");
}
