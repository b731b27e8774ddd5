using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class CanvaRules
{
    private static readonly Remediation Remediation = new("https://www.canva.com/developers/integrations/connect-api", "Canva:ClientSecret", "CANVA_CLIENT_SECRET");

    // A Connect API integration's client secret: "cnvca" and 51 characters.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "canva-client-secret",
            "Canva",
            "Canva Connect client secret",
            Patterns.Token("cnvca[A-Za-z0-9_-]{51}"),
            new[] { "cnvca" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
    };
}
