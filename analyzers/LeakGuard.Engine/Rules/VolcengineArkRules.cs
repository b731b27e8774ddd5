using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class VolcengineArkRules
{
    private static readonly Remediation Remediation = new("https://console.volcengine.com/ark/region:ark+cn-beijing/apiKey", "Volcengine:ArkApiKey", "ARK_API_KEY");

    // A Volcengine Ark (Doubao) API key: a UUID, under ARK_API_KEY or given to the Ark client.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "volcengine-ark-api-key",
            "Volcengine",
            "Volcengine Ark (Doubao) API key (a UUID)",
            Patterns.AssignedTo("(?:volc(?:engine)?_?)?ark_?api_?key", Patterns.Uuid),
            new[] { "ark_api", "arkapi" },
            Remediation)
        {
            MinEntropy = 3,
        },
    };
}
