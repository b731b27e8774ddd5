using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class IdeogramRules
{
    private static readonly Remediation Remediation = new("https://ideogram.ai/manage-api", "Ideogram:ApiKey", "IDEOGRAM_API_KEY");

    // An Ideogram API key: 86 URL-safe characters under its name or in its Api-Key header.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "ideogram-api-key",
            "Ideogram",
            "Ideogram API key (86 characters)",
            Patterns.AssignedTo("ideogram_?api_?key", "[A-Za-z0-9_-]{86}"),
            new[] { "ideogram" },
            Remediation)
        {
            MinEntropy = 4,
            IsPlausible = value => Plausibility.MixesLettersAndDigits(value, digits: 3),
        },
    };
}
