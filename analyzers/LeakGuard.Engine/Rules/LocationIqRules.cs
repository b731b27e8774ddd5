using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class LocationIqRules
{
    private static readonly Remediation Remediation = new("https://my.locationiq.com/dashboard/#accesstoken", "LocationIq:AccessToken", "LOCATIONIQ_API_KEY");

    // A LocationIQ access token: "pk." and 32 hex digits (a Mapbox public token is "pk.eyJ…").
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "locationiq-access-token",
            "LocationIQ",
            "LocationIQ access token (pk. and 32 hex digits)",
            Patterns.Token("pk\\.[0-9a-f]{32}", Patterns.UrlSafeOrDot),
            new[] { "pk." },
            Remediation)
        {
            MinEntropy = 3,
        },
    };
}
