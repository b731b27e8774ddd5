using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class KlaviyoRules
{
    private static readonly Remediation Remediation = new("https://www.klaviyo.com/settings/account/api-keys", "Klaviyo:PrivateKey", "KLAVIYO_PRIVATE_KEY");

    private static readonly string[] Context = { "klaviyo" };

    // A private API key: "pk_" and 34 characters (the public key is the 6-character site id). It reads profiles, their
    // emails and phone numbers, lists and campaigns. "pk_" is common, so Klaviyo must be nearby.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "klaviyo-private-key",
            "Klaviyo",
            "Klaviyo private API key (pk_ next to Klaviyo)",
            Patterns.Token("pk_[A-Za-z0-9]{34}"),
            Context,
            Remediation,
            minEntropy: 3.5),
    };
}
