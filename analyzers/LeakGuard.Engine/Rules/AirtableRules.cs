using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class AirtableRules
{
    private static readonly Remediation Remediation = new("https://airtable.com/create/tokens", "Airtable:Token", "AIRTABLE_TOKEN");

    private static readonly string[] AirtableApiKeyContext = { "airtable" };

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "airtable-pat",
            "Airtable",
            "Airtable personal access token",
            Patterns.Token("pat[A-Za-z0-9]{14}\\.[a-f0-9]{64}", Patterns.UrlSafeOrDot),
            new[] { "pat" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
        ContextGatedRule.Create(
            "airtable-api-key",
            "Airtable",
            "Airtable legacy API key (key and 14 characters next to the word Airtable)",
            Patterns.Token("key[A-Za-z0-9]{14}", Patterns.Base62),
            AirtableApiKeyContext,
            Remediation,
            minEntropy: 3,
            isPlausible: value => Plausibility.MixesLettersAndDigits(value)),
    };
}
