using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class AmplitudeRules
{
    private static readonly Remediation Remediation = new("https://app.amplitude.com/analytics/settings/projects", "Amplitude:SecretKey", "AMPLITUDE_SECRET_KEY");

    private static readonly string[] AmplitudeSecretKeyContext = { "amplitude" };

    // The API key, of the same form, is public: amplitude.init("…") puts it in every page. Only the secret key is one,
    // and code names it as such (secret_key, AMPLITUDE_SECRET_KEY).
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "amplitude-secret-key",
            "Amplitude",
            "Amplitude secret key (32 hex digits under a secret's name, next to Amplitude)",
            Patterns.AssignedTo("secret", "[a-f0-9]{32}", Patterns.Base62),
            AmplitudeSecretKeyContext,
            Remediation,
            minEntropy: 3,
            isPlausible: value => !Plausibility.IsCompactGuid(value)),
    };
}
