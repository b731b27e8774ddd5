using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class TypeformRules
{
    private static readonly Remediation Remediation = new("https://admin.typeform.com/user/tokens", "Typeform:Token", "TYPEFORM_TOKEN");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        // Two parts of letters and digits joined by "_": 43 or 44, then 12 to 14 in real tokens.
        new SecretRule(
            "typeform-pat",
            "Typeform",
            "Typeform personal access token",
            Patterns.Token("tfp_[A-Za-z0-9]{40,48}_[A-Za-z0-9]{10,16}", Patterns.UrlSafeOrDot),
            new[] { "tfp_" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
    };
}
