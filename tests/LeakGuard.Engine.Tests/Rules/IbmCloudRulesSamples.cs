using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class IbmCloudRulesSamples
{
    private static readonly string IbmCloudApiKeyKey = FakeKey.Of(FakeKey.Random(FakeKey.UrlSafe, 44, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("ibm-cloud-api-key", IbmCloudApiKeyKey, "IBMCLOUD_API_KEY")
        .FindsIn("ibm-cloud-api-key", "a Watson SDK's authenticator", $"from ibm_watson import AssistantV2\nauthenticator = IAMAuthenticator('{IbmCloudApiKeyKey}')", IbmCloudApiKeyKey)
        .Ignores("ibm-cloud-api-key", "no ibmcloud context", $"\"checksum\": \"{IbmCloudApiKeyKey}\"")
        .Ignores("ibm-cloud-api-key", "one character short", $"ibmcloud: {IbmCloudApiKeyKey[..^1]}");
}
