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

            // "-us" with its digit: alone, it is in every "-user" and "-usage", and the pattern, which starts with 32 hex
            // digits, then reads most texts whole.
            new[] { "-us1", "-us2", "-us3", "-us4", "-us5", "-us6", "-us7", "-us8", "-us9" },
            Remediation)
        {
            MinEntropy = 3,
        },
        ContextGatedRule.Create(
            "mandrill-api-key",
            "Mailchimp",
            "Mailchimp Transactional (Mandrill) API key",
            // 16 random bytes in base64url (so the last character is A, Q, g or w), with "md-" in front only since
            // 2023: the keys in most code (new mandrill.Mandrill('…'), Djrill's MANDRILL_API_KEY) have no prefix.
            Patterns.Token("md-[A-Za-z0-9_-]{22}|[A-Za-z0-9_-]{21}[AQgw]"),
            MandrillApiKeyContext,
            Remediation,
            minEntropy: 3.5,
            isPlausible: value => Plausibility.HasUpperAndLower(value) && !Plausibility.IsMostlyWords(value)),
    };
}
