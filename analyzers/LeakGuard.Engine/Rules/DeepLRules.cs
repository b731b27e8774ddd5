using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class DeepLRules
{
    private static readonly Remediation Remediation = new("https://www.deepl.com/your-account/keys", "DeepL:AuthKey", "DEEPL_AUTH_KEY");

    private static readonly string[] DeepLContext = { "deepl" };

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        // DeepL API Free's keys end in ":fx"; they translate on the account's quota.
        new SecretRule(
            "deepl-free-api-key",
            "DeepL",
            "DeepL API Free authentication key (a UUID and :fx)",
            Patterns.Token("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}:fx", Patterns.Base62),
            new[] { ":fx" },
            Remediation)
        {
            MinEntropy = 3,
        },

        // API Pro's keys are UUIDs, billed per character: only DeepL's name near tells one apart.
        ContextGatedRule.Create(
            "deepl-api-key",
            "DeepL",
            "DeepL API Pro authentication key (a UUID next to DeepL's name)",
            Patterns.Token("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "A-Za-z0-9-"),
            DeepLContext,
            Remediation,
            minEntropy: 3),
    };
}
