using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class XaiRules
{
    private static readonly Remediation Remediation = new("https://console.x.ai", "XAI:ApiKey", "XAI_API_KEY");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "xai-api-key",
            "xAI",
            "xAI (Grok) API key",
            Patterns.Token("xai-[A-Za-z0-9_]{80}"),
            new[] { "xai-" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
    };
}
