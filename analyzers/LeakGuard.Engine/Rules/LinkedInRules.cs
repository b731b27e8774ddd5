using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class LinkedInRules
{
    private static readonly Remediation Remediation = new("https://www.linkedin.com/developers/apps", "LinkedIn:ClientSecret", "LINKEDIN_CLIENT_SECRET");

    private static readonly string[] Context = { "linkedin" };

    // An app's primary client secret: 16 letters and digits, so LinkedIn must be nearby.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
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
