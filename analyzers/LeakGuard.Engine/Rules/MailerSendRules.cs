using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class MailerSendRules
{
    private static readonly Remediation Remediation = new("https://app.mailersend.com/api-tokens", "MailerSend:ApiKey", "MAILERSEND_API_KEY");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "mailersend-api-token",
            "MailerSend",
            "MailerSend API token",
            Patterns.Token("mlsn\\.[a-f0-9]{64}", Patterns.UrlSafeOrDot),
            new[] { "mlsn." },
            Remediation)
        {
            MinEntropy = 3,
        },
    };
}
