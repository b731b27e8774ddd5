using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class RancherRules
{
    private static readonly Remediation Remediation = new("https://ranchermanager.docs.rancher.com/reference-guides/user-settings/api-keys", "Rancher:Token", "RANCHER_TOKEN");

    // An API key: "token-", 5 characters, ':' and 54 (its kubeconfig tokens: "kubeconfig-user-", the user's id and the
    // same secret). It calls Rancher as its user, with the downstream clusters' kubeconfigs.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "rancher-api-token",
            "Rancher",
            "Rancher API token",
            Patterns.Token("(?:token-[a-z0-9]{5}|kubeconfig-user-[a-z0-9]{5,10}(?:\\.c-[a-z0-9]{5})?):[a-z0-9]{54}", Patterns.UrlSafeOrDot),
            new[] { "token-", "kubeconfig-user-" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
    };
}
