using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class AzureSubscriptionKeyRules
{
    private static readonly Remediation Remediation = AzurePortal.Resources("Microsoft.ApiManagement%2Fservice", "Azure:SubscriptionKey", "AZURE_SUBSCRIPTION_KEY");

    // What the key is called where it is sent: API Management's header, and the SDKs' "subscriptionKey", Custom
    // Vision's prediction and training keys, and the credentials the Cognitive Services SDKs take it in.
    private static readonly string[] Context = { "Ocp-Apim-Subscription-Key", "SubscriptionKey", "subscription_key", "subscription-key", "apim_key", "apimkey", "apim-key", "PredictionKey", "TrainingKey", "ApiKeyServiceClientCredentials", "CognitiveServicesCredentials" };

    // API Management subscription keys, and the keys of the Azure AI services it fronts, are 32 hex digits that are
    // often a GUID written without hyphens: azure-openai-key leaves those out (next to "Azure" they are mostly ids),
    // while next to these names they are the key.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "azure-subscription-key",
            "Azure",
            "Azure API Management or AI services subscription key (32 hex digits next to Ocp-Apim-Subscription-Key or SubscriptionKey)",
            Patterns.Token("[0-9a-f]{32}", Patterns.Base62),
            Context,
            Remediation,
            minEntropy: 3),
    };
}
