using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class IbmCloudRules
{
    private static readonly Remediation Remediation = new("https://cloud.ibm.com/iam/apikeys", "IbmCloud:ApiKey", "IBMCLOUD_API_KEY");

    private static readonly string[] IbmCloudApiKeyContext = { "ibmcloud", "ibm_cloud", "ibm-cloud", "cloud.ibm.com", "ibm_api", "ibmapi" };

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "ibm-cloud-api-key",
            "IBM Cloud",
            "IBM Cloud IAM API key (44 characters next to IBM)",
            Patterns.Token("[A-Za-z0-9_-]{44}"),
            IbmCloudApiKeyContext,
            Remediation,
            minEntropy: 4,
            isPlausible: Plausibility.MixesCasesAndDigits),
    };
}
