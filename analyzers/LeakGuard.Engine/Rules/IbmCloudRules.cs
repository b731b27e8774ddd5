using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class IbmCloudRules
{
    private static readonly Remediation Remediation = new("https://cloud.ibm.com/iam/apikeys", "IbmCloud:ApiKey", "IBMCLOUD_API_KEY");

    // IBM Cloud's names and host, and the Watson SDKs' package and authenticator, which take the key.
    private static readonly string[] IbmCloudApiKeyContext = { "ibmcloud", "ibm_cloud", "ibm-cloud", "cloud.ibm.com", "ibm_api", "ibmapi", "ibm_watson", "IamAuthenticator" };

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
