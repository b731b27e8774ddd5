using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class BrevoRules
{
    private static readonly Remediation Remediation = new("https://app.brevo.com/settings/keys/api", "Brevo:ApiKey", "BREVO_API_KEY");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "brevo-api-key",
            "Brevo",
            "Brevo (Sendinblue) API key",
            Patterns.Token("xkeysib-[a-f0-9]{64}-[A-Za-z0-9]{16}"),
            new[] { "xkeysib-" },
            Remediation)
        {
            MinEntropy = 3,
        },
        new SecretRule(
            "brevo-smtp-key",
            "Brevo",
            "Brevo (Sendinblue) SMTP key",
            Patterns.Token("xsmtpsib-[a-f0-9]{64}-[A-Za-z0-9]{16}"),
            new[] { "xsmtpsib-" },
            Remediation)
        {
            MinEntropy = 3,
        },
    };
}
