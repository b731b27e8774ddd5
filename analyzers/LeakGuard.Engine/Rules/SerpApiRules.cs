using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class SerpApiRules
{
    private static readonly Remediation Remediation = new("https://serpapi.com/manage-api-key", "SerpApi:ApiKey", "SERPAPI_API_KEY");

    private static readonly string[] SerpapiApiKeyContext = { "serpapi" };

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "serpapi-api-key",
            "SerpApi",
            "SerpApi API key (64 hex digits next to SerpApi)",
            Patterns.Token("[a-f0-9]{64}", Patterns.Base62),
            SerpapiApiKeyContext,
            Remediation,
            minEntropy: 3),
    };
}
