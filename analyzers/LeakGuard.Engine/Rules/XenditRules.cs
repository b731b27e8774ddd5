using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class XenditRules
{
    private static readonly Remediation Remediation = new("https://dashboard.xendit.co/settings/developers#api-keys", "Xendit:SecretKey", "XENDIT_SECRET_KEY");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        // The secret key moves money; the public key (xnd_public_) is meant for the browser and not matched.
        new SecretRule(
            "xendit-secret-key",
            "Xendit",
            "Xendit secret API key (xnd_production_, xnd_development_)",
            Patterns.Token("xnd_(?:production|development)_[A-Za-z0-9+/]{40,80}={0,2}", Patterns.Base64),
            new[] { "xnd_production_", "xnd_development_" },
            Remediation)
        {
            MinEntropy = 4,
        },
    };
}
