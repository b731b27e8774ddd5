using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class MidtransRules
{
    private static readonly Remediation Remediation = new("https://dashboard.midtrans.com/settings/access-keys", "Midtrans:ServerKey", "MIDTRANS_SERVER_KEY");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        // The server key charges and refunds; the client key (Mid-client-) is meant for Snap.js in the browser and not
        // matched.
        new SecretRule(
            "midtrans-server-key",
            "Midtrans",
            "Midtrans server key (Mid-server-, SB-Mid-server-)",
            Patterns.Token("(?:SB-)?Mid-server-[A-Za-z0-9_-]{20,28}"),
            new[] { "Mid-server-" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
    };
}
