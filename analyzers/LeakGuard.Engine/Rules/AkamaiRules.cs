using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class AkamaiRules
{
    private static readonly Remediation Remediation = new("https://control.akamai.com/apps/identity-management/#/tabs/users/list", "Akamai:ClientSecret", "AKAMAI_CLIENT_SECRET");

    // Not "edgerc" alone: it is in every "LedgerController".
    private static readonly string[] Context = { "akab-", ".edgerc", "akamai" };

    // The client secret of an EdgeGrid API client (44 characters of base 64 in a .edgerc section, beside the client and
    // access tokens that start "akab-"): with them it signs requests to Akamai's APIs with the client's grants, purging
    // caches and changing delivery configurations.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "akamai-edgegrid-client-secret",
            "Akamai",
            "Akamai EdgeGrid client secret (under a client secret's name, next to akab- tokens or Akamai)",
            Patterns.AssignedTo("client[_-]?secret", "[A-Za-z0-9+/]{43}=", Patterns.Base64),
            Context,
            Remediation,
            minEntropy: 4),
    };
}
