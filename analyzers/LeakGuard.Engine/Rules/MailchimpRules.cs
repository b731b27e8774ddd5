using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class MailchimpRules
{
    private static readonly Remediation Remediation = new("https://us1.admin.mailchimp.com/account/api/", "Mailchimp:ApiKey", "MAILCHIMP_API_KEY");

    private static readonly string[] MandrillApiKeyContext = { "mandrill" };

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "mailchimp-api-key",
            "Mailchimp",
            "Mailchimp Marketing API key (32 hex digits and a data-centre suffix)",
            Patterns.Token("[a-f0-9]{32}-us[0-9]{1,2}"),
            new[] { "-us" },
            Remediation)
        {
            MinEntropy = 3,
        },
        ContextGatedRule.Create(
            "mandrill-api-key",
            "Mailchimp",
            "Mailchimp Transactional (Mandrill) API key",
            Patterns.Token("md-[A-Za-z0-9_-]{22}"),
            MandrillApiKeyContext,
            Remediation,
            minEntropy: 3.5),
    };
}
