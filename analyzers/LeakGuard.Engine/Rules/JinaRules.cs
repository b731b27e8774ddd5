using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class JinaRules
{
    private static readonly Remediation Remediation = new("https://jina.ai/api-dashboard/key-manager", "Jina:ApiKey", "JINA_API_KEY");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        // "jina_" then letters and digits; a snake_case name such as jina_api_key stops at its first underscore.
        // Current keys are "jina_", 32 lower-case hex and 28 characters that may hold '_' and '-' (65 in all); only
        // after the 32 hex digits are '_' and '-' allowed, so snake_case names still do not match.
        new SecretRule(
            "jina-api-key",
            "Jina AI",
            "Jina AI (embeddings, reader, reranker) API key",
            Patterns.Token("jina_(?:[a-f0-9]{32}[A-Za-z0-9_-]{20,48}|[A-Za-z0-9]{32,80})"),
            new[] { "jina_" },
            Remediation)
        {
            MinEntropy = 3.5,
            IsPlausible = value => Plausibility.MixesLettersAndDigits(value, digits: 2),
        },
    };
}
