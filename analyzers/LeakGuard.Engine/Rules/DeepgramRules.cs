using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class DeepgramRules
{
    private static readonly Remediation Remediation = new("https://console.deepgram.com/", "Deepgram:ApiKey", "DEEPGRAM_API_KEY");

    // Deepgram's name, and the variable its SDKs' samples and docs read the key from.
    private static readonly string[] DeepgramApiKeyContext = { "deepgram", "DG_API_KEY" };

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "deepgram-api-key",
            "Deepgram",
            "Deepgram API key (40 hex digits next to the word Deepgram)",
            Patterns.Token("[a-f0-9]{40}", Patterns.Base62),
            DeepgramApiKeyContext,
            Remediation,
            minEntropy: 3),
    };
}
