using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class TypeformRules
{
    private static readonly Remediation Remediation = new("https://admin.typeform.com/user/tokens", "Typeform:Token", "TYPEFORM_TOKEN");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "typeform-pat",
            "Typeform",
            "Typeform personal access token",
            Patterns.Token("tfp_[A-Za-z0-9_.=-]{59}", Patterns.UrlSafeOrDot),
            new[] { "tfp_" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
    };
}
