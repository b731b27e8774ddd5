using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class CiscoMerakiRules
{
    private static readonly Remediation Remediation = new("https://dashboard.meraki.com/", "Meraki:ApiKey", "MERAKI_DASHBOARD_API_KEY");

    private static readonly string[] Context = { "meraki" };

    // A Dashboard API key (40 hex digits) configures every network of its organisations; Meraki must be nearby.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "cisco-meraki-api-key",
            "Cisco Meraki",
            "Cisco Meraki Dashboard API key (40 hex digits next to Meraki)",
            Patterns.Token("[a-f0-9]{40}", Patterns.Base62),
            Context,
            Remediation,
            minEntropy: 3),
    };
}
