using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class ResendRules
{
    private static readonly Remediation Remediation = new("https://resend.com/api-keys", "Resend:ApiKey", "RESEND_API_KEY");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "resend-api-key",
            "Resend",
            "Resend API key",
            Patterns.Token("re_[A-Za-z0-9]{8}_[A-Za-z0-9]{24}", Patterns.Base62),
            new[] { "re_" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
    };
}
