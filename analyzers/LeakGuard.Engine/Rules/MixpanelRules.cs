using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class MixpanelRules
{
    private static readonly Remediation Remediation = new("https://mixpanel.com/settings/project", "Mixpanel:ApiSecret", "MIXPANEL_API_SECRET");

    private static readonly string[] MixpanelApiSecretContext = { "mixpanel" };

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "mixpanel-api-secret",
            "Mixpanel",
            "Mixpanel API secret (32 hex digits next to the word Mixpanel)",
            Patterns.Token("[a-f0-9]{32}", Patterns.Base62),
            MixpanelApiSecretContext,
            Remediation)
        {
            Confidence = Confidence.Medium,
            ContextKeywords = MixpanelApiSecretContext,
            MinEntropy = 3,
            IsPlausible = value => !Plausibility.IsCompactGuid(value),
        },
    };
}
