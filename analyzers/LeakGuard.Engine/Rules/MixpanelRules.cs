using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class MixpanelRules
{
    private static readonly Remediation Remediation = new("https://mixpanel.com/settings/project", "Mixpanel:ApiSecret", "MIXPANEL_API_SECRET");

    private static readonly string[] MixpanelApiSecretContext = { "mixpanel" };

    // The project token, of the same form, is public: mixpanel.init("…") puts it in every page. Only the API secret is
    // one, and code names it as such (api_secret, MIXPANEL_API_SECRET).
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "mixpanel-api-secret",
            "Mixpanel",
            "Mixpanel API secret (32 hex digits under a secret's name, next to Mixpanel)",
            Patterns.AssignedTo("secret", "[a-f0-9]{32}", Patterns.Base62),
            MixpanelApiSecretContext,
            Remediation,
            minEntropy: 3,
            isPlausible: value => !Plausibility.IsCompactGuid(value)),
    };
}
