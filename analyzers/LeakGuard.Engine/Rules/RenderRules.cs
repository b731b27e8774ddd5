using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class RenderRules
{
    private static readonly Remediation Remediation = new("https://dashboard.render.com/u/settings#api-keys", "Render:ApiKey", "RENDER_API_KEY");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "render-api-key",
            "Render",
            "Render API key",
            // "rnd_" and 28 letters and digits (32 in all) in every key seen in public code; a little slack above.
            Patterns.Token("rnd_[A-Za-z0-9]{28,32}", Patterns.Base62),
            new[] { "rnd_" },
            Remediation)
        {
            MinEntropy = 3.5,
            IsPlausible = value => Plausibility.HasUpperAndLower(value.Substring(4)) && !Plausibility.IsMostlyWords(value.Substring(4)),
        },
    };
}
