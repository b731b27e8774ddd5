using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class ElevenLabsRules
{
    private static readonly Remediation Remediation = new("https://elevenlabs.io/app/settings/api-keys", "ElevenLabs:ApiKey", "ELEVENLABS_API_KEY");

    private static readonly string[] ElevenlabsApiKeyContext = { "elevenlabs", "xi-api-key", "eleven_api" };

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "elevenlabs-api-key",
            "ElevenLabs",
            "ElevenLabs API key (sk_ and 48 hex digits next to ElevenLabs or xi-api-key)",
            Patterns.Token("sk_[a-f0-9]{48}", Patterns.Base62),
            ElevenlabsApiKeyContext,
            Remediation,
            minEntropy: 3),
    };
}
