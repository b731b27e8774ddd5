using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class VercelRules
{
    private static readonly Remediation Remediation = new("https://vercel.com/account/tokens", "Vercel:Token", "VERCEL_TOKEN");

    private static readonly string[] VercelTokenContext = { "vercel" };

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "vercel-token",
            "Vercel",
            "Vercel access token (24 characters next to the word Vercel)",
            Patterns.Token("[A-Za-z0-9]{24}", Patterns.Base62),
            VercelTokenContext,
            Remediation,
            minEntropy: 3.5,
            isPlausible: Plausibility.MixesCasesAndDigits),
    };
}
