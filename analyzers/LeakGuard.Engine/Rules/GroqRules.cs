using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class GroqRules
{
    private static readonly Remediation Remediation = new("https://console.groq.com/keys", "Groq:ApiKey", "GROQ_API_KEY");

    // "WGdyb3FY" is base 64 for "XgroqX" and stands after the first 20 random characters of every key.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "groq-api-key",
            "Groq",
            "Groq API key",
            Patterns.Token("gsk_[A-Za-z0-9]{20}WGdyb3FY[A-Za-z0-9]{24}", Patterns.Base62),
            new[] { "gsk_" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
    };
}
