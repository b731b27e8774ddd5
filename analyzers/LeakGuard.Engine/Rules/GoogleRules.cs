using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class GoogleRules
{
    private static readonly Remediation Remediation = new("https://console.cloud.google.com/apis/credentials", "Google:ApiKey", "GOOGLE_API_KEY");

    private static readonly Remediation GeminiRemediation = new("https://aistudio.google.com/app/apikey", "Gemini:ApiKey", "GEMINI_API_KEY");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "google-api-key",
            "Google",
            "Google Cloud / Gemini API key (AIza, 39 characters)",
            Patterns.Token("AIza[A-Za-z0-9_-]{35}"),
            new[] { "AIza" },
            Remediation)
        {
            MinEntropy = 3.5,
        },

        // The auth-key format AI Studio issues since 2026: "AQ." then 50 URL-safe characters, all seen starting "Ab".
        new SecretRule(
            "google-auth-key",
            "Google",
            "Google AI Studio / Gemini auth key (AQ.)",
            Patterns.Token("AQ\\.Ab[A-Za-z0-9_-]{48}", Patterns.UrlSafeOrDot),
            new[] { "AQ.Ab" },
            GeminiRemediation)
        {
            MinEntropy = 3.5,
        },
    };
}
