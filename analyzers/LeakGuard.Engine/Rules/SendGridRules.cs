using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class SendGridRules
{
    private static readonly Remediation Remediation = new("https://app.sendgrid.com/settings/api_keys", "SendGrid:ApiKey", "SENDGRID_API_KEY");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "sendgrid-api-key",
            "SendGrid",
            "SendGrid API key",
            Patterns.Token("SG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}", Patterns.UrlSafeOrDot),
            new[] { "SG." },
            Remediation)
        {
            MinEntropy = 3.5,
        },
    };
}
