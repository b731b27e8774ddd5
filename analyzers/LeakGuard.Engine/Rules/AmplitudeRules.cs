using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class AmplitudeRules
{
    private static readonly Remediation Remediation = new("https://app.amplitude.com/analytics/settings/projects", "Amplitude:SecretKey", "AMPLITUDE_SECRET_KEY");

    private static readonly string[] AmplitudeSecretKeyContext = { "amplitude" };

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "amplitude-secret-key",
            "Amplitude",
            "Amplitude secret key (32 hex digits next to the word Amplitude)",
            Patterns.Token("[a-f0-9]{32}", Patterns.Base62),
            AmplitudeSecretKeyContext,
            Remediation)
        {
            Confidence = Confidence.Medium,
            ContextKeywords = AmplitudeSecretKeyContext,
            MinEntropy = 3,
            IsPlausible = value => !Plausibility.IsCompactGuid(value),
        },
    };
}
