using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class MailgunRules
{
    private static readonly Remediation Remediation = new("https://app.mailgun.com/settings/api_security", "Mailgun:ApiKey", "MAILGUN_API_KEY");

    private static readonly string[] MailgunSendingKeyContext = { "mailgun" };

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "mailgun-api-key",
            "Mailgun",
            "Mailgun private API key (key-)",
            Patterns.Token("key-[a-z0-9]{32}"),
            new[] { "key-" },
            Remediation)
        {
            MinEntropy = 3,

            // Hex since 2019; the keys made before are base 36, as is the example of Mailgun's docs.
            IsPlausible = value => Plausibility.MixesLettersAndDigits(value.Substring("key-".Length), digits: 2) && !Plausibility.IsMostlyWords(value.Substring("key-".Length)),
        },
        ContextGatedRule.Create(
            "mailgun-sending-key",
            "Mailgun",
            "Mailgun sending or webhook signing key (next to the word Mailgun)",
            Patterns.Token("[a-f0-9]{32}-[a-f0-9]{8}-[a-f0-9]{8}"),
            MailgunSendingKeyContext,
            Remediation,
            minEntropy: 3),
    };
}
