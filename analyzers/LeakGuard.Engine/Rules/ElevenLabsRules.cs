using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class ElevenLabsRules
{
    private static readonly Remediation Remediation = new("https://elevenlabs.io/app/settings/api-keys", "ElevenLabs:ApiKey", "ELEVENLABS_API_KEY");

    private static readonly string[] ElevenlabsApiKeyContext = { "elevenlabs", "xi-api-key", "eleven_api" };

    // Keys issued before 2024 are 32 hex digits with no prefix, and many of them are still in code (the xi-api-key header,
    // the old set_api_key); the keywords keep them apart from other hex.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "elevenlabs-api-key",
            "ElevenLabs",
            "ElevenLabs API key (sk_ and 48 hex digits, or legacy 32, next to ElevenLabs or xi-api-key)",
            Patterns.Token("sk_[a-f0-9]{48}|[a-f0-9]{32}", Patterns.Base62),
            ElevenlabsApiKeyContext,
            Remediation,
            minEntropy: 3,
            isPlausible: value => Plausibility.MixesLettersAndDigits(value)),
    };
}
