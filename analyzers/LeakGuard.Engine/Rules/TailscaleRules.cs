using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class TailscaleRules
{
    private static readonly Remediation Remediation = new("https://login.tailscale.com/admin/settings/keys", "Tailscale:AuthKey", "TS_AUTHKEY");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "tailscale-key",
            "Tailscale",
            "Tailscale auth, API or OAuth client key",
            Patterns.Token("tskey-[a-z]{3,8}-[A-Za-z0-9]{8,20}-[A-Za-z0-9]{20,60}"),
            new[] { "tskey-" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
    };
}
