using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class BasetenRules
{
    private static readonly Remediation Remediation = new("https://app.baseten.co/settings/api_keys", "Baseten:ApiKey", "BASETEN_API_KEY");

    private static readonly string[] BasetenApiKeyContext = { "baseten" };

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "baseten-api-key",
            "Baseten",
            "Baseten API key (8 characters, a dot and 32 characters next to Baseten)",
            Patterns.Token("[A-Za-z0-9]{8}\\.[A-Za-z0-9]{32}", Patterns.UrlSafeOrDot),
            BasetenApiKeyContext,
            Remediation,
            minEntropy: 4),
    };
}
