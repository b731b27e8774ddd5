using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class MailjetRules
{
    private static readonly Remediation Remediation = new("https://app.mailjet.com/account/apikeys", "Mailjet:SecretKey", "MJ_APIKEY_PRIVATE");

    private static readonly string[] Context = { "mailjet", "mj_apikey" };

    // The secret (private) key of an API key pair (32 hex digits) sends mail as the account. The public key has the same
    // form, so only a secret's or a private key's name tells them apart.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "mailjet-secret-key",
            "Mailjet",
            "Mailjet API secret key (32 hex digits under a secret's or private key's name, next to Mailjet)",
            Patterns.AssignedTo("(?:secret|private)", "[a-f0-9]{32}", Patterns.Base62),
            Context,
            Remediation,
            minEntropy: 3,
            isPlausible: value => Plausibility.MixesLettersAndDigits(value, digits: 2)),
    };
}
