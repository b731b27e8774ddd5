using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class LinkedInRules
{
    private static readonly Remediation Remediation = new("https://www.linkedin.com/developers/apps", "LinkedIn:ClientSecret", "LINKEDIN_CLIENT_SECRET");

    private static readonly string[] Context = { "linkedin" };

    // An app's primary client secret: 16 letters and digits, so LinkedIn must be nearby.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        // Client secrets issued since about 2023: "WPL_AP" and a version digit, '.', 16 letters and digits, '.', then
        // base 64 (8 characters for AP1; the base 64 of a number for AP0, with or without padding). Self-identifying,
        // so no context is needed.
        new SecretRule(
            "linkedin-client-secret-wpl",
            "LinkedIn",
            "LinkedIn app client secret (WPL_AP0. or WPL_AP1. form)",
            "(?:^|[^A-Za-z0-9_-])(?<secret>WPL_AP[0-9]\\.[A-Za-z0-9]{16}\\.[A-Za-z0-9+/]{4,24}={0,2})(?:$|[^A-Za-z0-9+/=])",
            new[] { "WPL_AP" },
            Remediation)
        {
            MinEntropy = 3.5,
            IsPlausible = value => Plausibility.HasUpperAndLower(value.Substring(8, 16)),
        },
        ContextGatedRule.Create(
            "linkedin-client-secret",
            "LinkedIn",
            "LinkedIn app client secret (16 letters and digits next to LinkedIn)",
            Patterns.AssignedTo("(?:secret|linked[_-]?in)", "[A-Za-z0-9]{16}", Patterns.Base62),
            Context,
            Remediation,
            minEntropy: 3.2,
            isPlausible: Plausibility.MixesCasesAndDigits),
    };
}
