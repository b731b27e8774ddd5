using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class LinodeRules
{
    private static readonly Remediation Remediation = new("https://cloud.linode.com/profile/tokens", "Linode:Token", "LINODE_TOKEN");

    private static readonly string[] LinodeTokenContext = { "linode" };

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "linode-token",
            "Linode",
            "Linode (Akamai) API token (64 hex digits next to the word Linode)",
            Patterns.Token("[a-f0-9]{64}", Patterns.Base62),
            LinodeTokenContext,
            Remediation,
            minEntropy: 3),
    };
}
