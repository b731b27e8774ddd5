using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class GroqRules
{
    private static readonly Remediation Remediation = new("https://console.groq.com/keys", "Groq:ApiKey", "GROQ_API_KEY");

    // Keys Groq issues carry "WGdyb3FY" (base 64 for "XgroqX") after their first 20 characters; the pattern does not
    // insist on it, as "gsk_" and 52 random characters are already distinctive.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "groq-api-key",
            "Groq",
            "Groq API key",
            Patterns.Token("gsk_[A-Za-z0-9]{52}", Patterns.Base62),
            new[] { "gsk_" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
    };
}
