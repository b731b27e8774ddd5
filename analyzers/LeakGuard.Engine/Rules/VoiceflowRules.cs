using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class VoiceflowRules
{
    private static readonly Remediation Remediation = new("https://creator.voiceflow.com", "Voiceflow:ApiKey", "VOICEFLOW_API_KEY");

    // A Dialog Manager API key: "VF.DM.", 24 hex digits, '.' and 16 characters. It runs the agent and reads its
    // conversations' state.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "voiceflow-api-key",
            "Voiceflow",
            "Voiceflow Dialog Manager API key",
            Patterns.Token("VF\\.DM\\.[a-f0-9]{24}\\.[A-Za-z0-9]{16}", Patterns.UrlSafeOrDot),
            new[] { "VF.DM." },
            Remediation)
        {
            MinEntropy = 3.5,
        },
    };
}
