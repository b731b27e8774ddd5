using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class MailjetRules
{
    private static readonly Remediation Remediation = new("https://app.mailjet.com/account/apikeys", "Mailjet:SecretKey", "MJ_APIKEY_PRIVATE");

    private static readonly string[] Context = { "mailjet", "mj_apikey" };

    // The secret (private) key of an API key pair (32 hex digits) sends mail as the account. The public key has the same
    // form, so only a secret's or a private key's name tells them apart, or its place: the SDKs take the pair as two
    // arguments, public first (node-mailjet's connect and apiConnect, mailjet_rest's Client(auth=(…, …)), the PHP and
    // .NET clients' constructors).
    private static readonly string SecondOfPair =
        "(?i:connect|auth|client)[ \\t]{0,3}[=(][ \\t]{0,3}\\(?[ \\t]{0,3}[\"'][a-f0-9]{32}[\"'][ \\t]{0,3},[ \\t]{0,3}[\"'](?<secret>[a-f0-9]{32})[\"']";

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "mailjet-secret-key",
            "Mailjet",
            "Mailjet API secret key (32 hex digits under a secret's or private key's name, or second of a key pair, next to Mailjet)",
            Patterns.AssignedTo("(?:secret|private)", "[a-f0-9]{32}", Patterns.Base62) + "|" + SecondOfPair,
            Context,
            Remediation,
            minEntropy: 3,
            isPlausible: value => Plausibility.MixesLettersAndDigits(value, digits: 2)),
    };
}
