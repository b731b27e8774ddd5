using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class VercelRules
{
    private static readonly Remediation Remediation = new("https://vercel.com/account/tokens", "Vercel:Token", "VERCEL_TOKEN");

    private static readonly string[] VercelTokenContext = { "vercel" };

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "vercel-token",
            "Vercel",
            "Vercel access token (24 characters next to the word Vercel)",
            Patterns.Token("[A-Za-z0-9]{24}", Patterns.Base62),
            VercelTokenContext,
            Remediation)
        {
            Confidence = Confidence.Medium,
            ContextKeywords = VercelTokenContext,
            MinEntropy = 3.5,
            IsPlausible = value => Plausibility.MixesLettersAndDigits(value) && Plausibility.HasUpperAndLower(value),
        },
    };
}
