using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class PortkeyRules
{
    private static readonly Remediation Remediation = new("https://app.portkey.ai/api-keys", "Portkey:ApiKey", "PORTKEY_API_KEY");

    private static readonly string[] PortkeyApiKeyContext = { "portkey" };

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "portkey-api-key",
            "Portkey",
            "Portkey API key (28 or 32 characters next to the word Portkey)",
            Patterns.Token("[A-Za-z0-9+/]{28}(?:[A-Za-z0-9+/]{4})?", Patterns.Base64),
            PortkeyApiKeyContext,
            Remediation,
            minEntropy: 4,
            isPlausible: Plausibility.MixesCasesAndDigits),
    };
}
