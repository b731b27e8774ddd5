using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class MapboxRules
{
    private static readonly Remediation Remediation = new("https://account.mapbox.com/access-tokens/", "Mapbox:SecretToken", "MAPBOX_SECRET_TOKEN");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        // Public tokens (pk.) are meant to ship in clients and are left out on purpose.
        new SecretRule(
            "mapbox-secret-token",
            "Mapbox",
            "Mapbox secret access token (sk.)",
            Patterns.Token("sk\\.eyJ[A-Za-z0-9_-]{50,300}\\.[A-Za-z0-9_-]{22}", Patterns.UrlSafeOrDot),
            new[] { "sk.eyJ" },
            Remediation)
        {
            MinEntropy = 4,
        },
    };
}
