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
            Patterns.Token("rnd_[A-Za-z0-9]{32}", Patterns.Base62),
            new[] { "rnd_" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
    };
}
