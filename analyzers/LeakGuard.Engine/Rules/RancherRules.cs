using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class RancherRules
{
    private static readonly Remediation Remediation = new("https://ranchermanager.docs.rancher.com/reference-guides/user-settings/api-keys", "Rancher:Token", "RANCHER_TOKEN");

    // An API key: "token-", 5 characters, ':' and 54. It calls Rancher as its user, with the downstream clusters'
    // kubeconfigs.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "rancher-api-token",
            "Rancher",
            "Rancher API token",
            Patterns.Token("token-[a-z0-9]{5}:[a-z0-9]{54}"),
            new[] { "token-" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
    };
}
